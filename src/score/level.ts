/**
 * Maturity levels (CHECKLIST §6, Microsoft's scale). Each level requires the previous one;
 * items that are not applicable are skipped in the rules, and the profile caps the level.
 */
import type { ItemId, ItemResult, Verdict } from '../model/check.js';

export type Level = 0 | 1 | 2 | 3 | 4;

export const LEVEL_TITLES: Record<Level, string> = {
  0: 'no MLOps',
  1: 'DevOps, no MLOps',
  2: 'automated training',
  3: 'automated model deployment',
  4: 'full MLOps',
};

type Need = 'automated' | 'present';

/** A rule: every group must hold; a group holds when any of its (applicable) items meets its need. */
interface LevelRule {
  level: Exclude<Level, 0>;
  groups: { items: ItemId[]; need: Need }[];
  /** The requirement in words, for the summary. */
  text: string;
}

export const LEVEL_RULES: readonly LevelRule[] = [
  {
    level: 1,
    groups: [
      { items: ['change-triggers'], need: 'automated' },
      { items: ['unit-tests'], need: 'automated' },
      { items: ['build', 'lint'], need: 'automated' },
    ],
    text: 'change-triggers and unit-tests automated, plus build or lint automated',
  },
  {
    level: 2,
    groups: [
      { items: ['training-pipeline'], need: 'automated' },
      { items: ['experiment-tracking', 'data-versioning'], need: 'present' },
    ],
    text: 'training-pipeline automated, plus experiment-tracking or data-versioning at least present',
  },
  {
    level: 3,
    groups: [
      { items: ['quality-gate'], need: 'automated' },
      { items: ['model-packaging', 'model-deployment'], need: 'automated' },
    ],
    text: 'quality-gate automated, and model-packaging or model-deployment automated',
  },
  {
    level: 4,
    groups: [
      { items: ['drift-monitoring'], need: 'automated' },
      { items: ['continuous-training'], need: 'automated' },
    ],
    text: 'drift-monitoring and continuous-training automated',
  },
];

/** What each level means in practice, for the one-sentence explanation. */
const LEVEL_MEANING: Record<Level, string> = {
  0: 'no tests run automatically on change',
  1: 'tests and a build or lint run on every change, but no ML step does',
  2: 'training runs in CI, with its data or experiments tracked',
  3: 'a metric gate can stop a model, and packaging or deployment is automated',
  4: 'drift is monitored and retraining starts by itself',
};

/** The meanings that state an absence, as said while some automated steps could not be followed (CHECKLIST §2). */
const LEVEL_MEANING_UNSEEN: Partial<Record<Level, string>> = {
  0: 'no tests were seen running on change',
  1: 'tests and a build or lint run on every change, but no ML step was seen running',
};

export interface LevelResult {
  level: Level;
  /** The highest level the profile allows. */
  maxLevel: Level;
  /** Items that the next level still needs (empty at the top). */
  missingForNext: ItemId[];
  /** One sentence for the summary. */
  explanation: string;
}

function meets(verdict: Verdict | undefined, need: Need): boolean {
  if (verdict === 'automated') return true;
  return need === 'present' && verdict === 'present';
}

/** Which items of a rule are unmet (n/a items are skipped; a group of only n/a items holds). */
function unmet(rule: LevelRule, verdicts: ReadonlyMap<ItemId, Verdict>): ItemId[] {
  const missing: ItemId[] = [];
  for (const g of rule.groups) {
    const applicable = g.items.filter((id) => verdicts.get(id) !== 'not-applicable');
    if (applicable.length === 0) continue;
    if (!applicable.some((id) => meets(verdicts.get(id), g.need))) for (const pushed of applicable) missing.push(pushed);
  }
  return missing;
}

/**
 * `profile` names the profile in the sentence, which then always says the highest level it allows.
 * `unfollowed` (the sentence naming automated steps the tool could not follow) makes the items
 * the next level lacks "not seen" rather than "missing", and is added to the sentence.
 */
export function computeLevel(results: readonly ItemResult[], maxLevel: Level = 4, profile?: string, unfollowed?: string): LevelResult {
  const verdicts = new Map(results.map((r) => [r.id, r.verdict]));
  let level: Level = 0;
  /** The highest level whose every requirement had an applicable item (levels above it held only by skipping). */
  let earned: Level = 0;
  let missingForNext: ItemId[] = [];
  for (const rule of LEVEL_RULES) {
    const missing = unmet(rule, verdicts);
    if (missing.length > 0 || rule.level > maxLevel) {
      missingForNext = rule.level > maxLevel ? [] : missing;
      break;
    }
    level = rule.level;
    // Earned only when every requirement had an applicable item; otherwise the level holds by skipping.
    if (rule.groups.every((g) => g.items.some((id) => verdicts.get(id) !== 'not-applicable'))) earned = level;
  }
  const next = LEVEL_RULES.find((r) => r.level === level + 1);
  const meaning = (unfollowed ? LEVEL_MEANING_UNSEEN[earned] : undefined) ?? LEVEL_MEANING[earned];
  let explanation = `Level ${level} — ${LEVEL_TITLES[level]}: ${meaning}`;
  if (earned < level) explanation += ` (level${level - earned > 1 ? `s ${earned + 1}–${level} are` : ` ${level} is`} reached because items they require do not apply here)`;
  if (next && next.level <= maxLevel)
    explanation += `; level ${next.level} needs ${next.text} (${unfollowed ? 'not seen' : 'missing'}: ${missingForNext.join(', ')}${unfollowed ? `; ${unfollowed}` : ''}).`;
  else if (level < 4) explanation += `; level ${level} is the highest ${profile ? `the "${profile}" profile` : 'this profile'} allows.`;
  else explanation += '.';
  if (profile && (level < maxLevel || level === 4)) explanation += ` The "${profile}" profile allows up to level ${maxLevel}.`;
  return { level, maxLevel, missingForNext, explanation };
}
