/** Constructors for file rows: a base name anywhere, or a file at the root. The path matcher (analysis/match.ts) indexes the names they accept. */
/** The base names a `baseNameIs` predicate accepts (a path matches it exactly when its base name is one). */
export const baseNamesOf = new WeakMap<(path: string) => boolean, readonly string[]>();

/** `name` or `name.ext` at the root or at any depth, matched on the base name. */
export function baseNameIs(...names: string[]): (path: string) => boolean {
  const key = names.join('\u0000');
  let test = baseNameTests.get(key);
  if (!test) {
    // A few names: checked by the path's end (no slice per path); a name with '/' is never a base name.
    const plain = names.filter((n) => !n.includes('/'));
    const set = new Set(names);
    test =
      plain.length <= 4
        ? (p) => {
            for (const n of plain) if (p.endsWith(n) && (p.length === n.length || p.charCodeAt(p.length - n.length - 1) === 47)) return true;
            return false;
          }
        : (p) => set.has(p.slice(p.lastIndexOf('/') + 1));
    baseNameTests.set(key, test);
    baseNamesOf.set(test, plain);
  }
  return test;
}

/** One predicate per list of names: checks call `baseNameIs(...)` inside per-path tests. */
const baseNameTests = new Map<string, (path: string) => boolean>();

export function rootFileIs(...names: string[]): (path: string) => boolean {
  const set = new Set(names);
  return (p) => set.has(p);
}
