/**
 * Whether an issue label means "bug", by meaning rather than by one spelling: `bug`,
 * `type: bug`, `kind/bug`, `T-bug`, `🐛 Bug`, `defect`, `regression`, `crash` are bugs;
 * `not a bug`, `bug bounty`, `no-bug` are not.
 */
const BUG_WORDS = new Set(['bug', 'bugs', 'defect', 'defects', 'regression', 'crash', 'bugreport']);
const NEGATIONS = new Set(['not', 'no', 'non', 'notabug', 'invalid']);
const NOT_BUG_PHRASES = ['bounty'];

export function isBugLabel(name: string): boolean {
  if (name.includes('\u{1F41B}')) return true;
  const tokens = name
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
  if (tokens.some((t) => NEGATIONS.has(t) || NOT_BUG_PHRASES.includes(t))) return false;
  return tokens.some((t) => BUG_WORDS.has(t)) || tokens.join('') === 'bugreport';
}
