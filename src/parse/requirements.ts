/** pip requirements files (`requirements*.txt`, `.lock`): whether every requirement is pinned. */

/** True when the file names requirements and every one is pinned to one version (`==`, `===`, a direct reference or a URL). */
export function everyRequirementPinned(text: string): boolean {
  const reqs = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s#.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('-') && !l.startsWith('--hash'));
  return reqs.length > 0 && reqs.every((l) => /===?\s*[\w.*+!-]+|\s@\s|^\S+:\/\//.test(l));
}
