/**
 * Which items a command the tool could not follow might meet, by the words of its task name
 * (`mise run test` → the test items; `invoke train` → training). A command whose words name
 * none of these might meet any item (CHECKLIST §2, "What the tool could not follow").
 */
import type { ItemId } from '../../model/check.js';

export interface UnfollowedHint {
  /** Tested against each word of the command (split on anything but letters and digits), lower-cased. */
  word: RegExp;
  items: ItemId[];
}

export const UNFOLLOWED_HINTS: readonly UnfollowedHint[] = [
  {
    word: /^(tests?|pytest|unit|unittests?|spec|specs|ci|check|checks|verify|coverage|cov)$/,
    items: ['unit-tests', 'integration-tests', 'multi-environment', 'training-tests', 'behavioral-tests', 'model-serialization', 'serving-tests', 'data-validation'],
  },
  { word: /^(integration|e2e|smoke|acceptance|system)$/, items: ['integration-tests', 'serving-tests'] },
  { word: /^(lint|linter|fmt|format|style|typecheck|types|typing|mypy|pyright|ruff|vet|clippy|precommit)$/, items: ['lint'] },
  { word: /^(security|audit|scan|vuln|vulns|sast|secrets?|deny)$/, items: ['security-scan'] },
  { word: /^(build|dist|package|packages|wheel|sdist|image|images|docker|container)$/, items: ['build', 'model-packaging'] },
  { word: /^(release|publish|upload|push|deploy|deployment|ship|pages|docs)$/, items: ['release', 'model-deployment', 'model-registry'] },
  { word: /^(data|dataset|datasets|validate|validation|schema|dvc)$/, items: ['data-versioning', 'data-validation'] },
  { word: /^(train|training|retrain|fit|finetune|pipeline|pipelines|repro|experiment|experiments)$/, items: ['training-pipeline', 'training-tests', 'experiment-tracking', 'continuous-training'] },
  { word: /^(eval|evals|evaluate|evaluation|metrics?|benchmarks?|bench|gate|score)$/, items: ['model-evaluation', 'quality-gate', 'behavioral-tests'] },
  { word: /^(model|models|register|registry|serialize|export)$/, items: ['model-serialization', 'model-packaging', 'model-registry'] },
  { word: /^(serve|serving|api|server|endpoint|load|locust|k6)$/, items: ['serving-tests', 'model-deployment'] },
  { word: /^(drift|monitor|monitoring)$/, items: ['drift-monitoring'] },
];
