/** `.gitattributes` files: the rules that store paths in git LFS (`*.csv filter=lfs diff=lfs merge=lfs -text`). */

/** A `.gitattributes` rule with the LFS filter: its path pattern, the whole rule and its line. */
export interface LfsRule {
  pattern: string;
  rule: string;
  line: number;
}

/** The rules of a `.gitattributes` text that set `filter=lfs`, in order (comment lines are not rules). */
export function readLfsRules(text: string): LfsRule[] {
  const out: LfsRule[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    const m = /^\s*(\S+)\s(.*)$/.exec(l);
    if (m && !m[1]!.startsWith('#') && /\bfilter=lfs\b/i.test(m[2]!)) out.push({ pattern: m[1]!, rule: l.trim(), line: i + 1 });
  });
  return out;
}
