/**
 * Findings that say a repository was read only in part: reading stopped at the read budget, the file cap cut the
 * listing, a submodule's files could not be read. A pull request's comparison needs both sides read alike, so it asks
 * here whether either side was not, and says what was left out rather than report as a change what one side missed.
 */
import type { Finding } from '../model/finding.js';

const partial = new WeakMap<Finding, string>();

/** The finding, marked as saying that its repository was read in part; `what` says what was left out, in a few words. */
export function partialReading(finding: Finding, what: string): Finding {
  partial.set(finding, what);
  return finding;
}

/** What the first of these findings that marks a reading in part says was left out, or undefined when none does. */
export function leftOut(findings: readonly Finding[]): string | undefined {
  for (const f of findings) {
    const what = partial.get(f);
    if (what !== undefined) return what;
  }
  return undefined;
}
