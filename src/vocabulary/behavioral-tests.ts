/** Vocabulary of the "behavioral-tests" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import { MODEL_CALL } from './shared/test-kinds.js';

/** Libraries and calls that test a model's behaviour: fairness, slices, invariance, robustness. */
export const BEHAVIORAL_SOURCE: SourcePattern[] = [
  { re: /^\s*"?(from|import)\s+fairlearn\b|\bMetricFrame\s*\(/, label: 'fairlearn' },
  { re: /^\s*"?(from|import)\s+aif360\b/, label: 'AIF360' },
  { re: /^\s*"?(from|import)\s+giskard\b|\bgiskard\.scan\s*\(/, label: 'Giskard' },
  { re: /^\s*"?from\s+checklist\.(editor|test_types|test_suite|perturb)\b/, label: 'CheckList' },
  { re: /^\s*"?(from|import)\s+(responsibleai|raiwidgets)\b/, label: 'Responsible AI Toolbox' },
  { re: /^\s*"?(from|import)\s+(textattack|nlpaug)\b/, label: 'perturbation testing' },
  { re: /\b(WeakSegmentsPerformance|SegmentPerformance|ModelErrorAnalysis)\s*\(/, label: 'deepchecks slice checks' },
  // Test names are read by the test inventory (behavioral kind), which also asks the test's body for a call of the model:
  // a name alone (`test_slice`, `test_robust_max`, `test_serialization_order_invariant`) is a data structure or a
  // function's property as often as a model's behaviour.
];

/** How behavioral tests are usually named, marked or placed. */
export const BEHAVIORAL_SELECTION = /behavio(u)?r|invarian|directional|fairness|\bbias\b|slices?\b|robustness|minimum[-_]functionality|\bmft\b/i;
export const BEHAVIORAL_FILE = /(^|\/)[^/]*(behavio(u)?r|invarian|directional|fairness|slice|robustness)[^/]*\.py$/i;

/**
 * In a test, a fairness or slice object checks a model when the function that builds it also calls a model (its
 * predictions feed the metric) or asserts on the object. One built from fixed lists only to be handed on (a model card's
 * fairness table, a report) tests the rendering, not a model's behaviour.
 */
export const BEHAVIOR_MODEL_CALL = MODEL_CALL;
/** An assert (`assert`, `self.assertLess`, `assert_allclose`, `np.testing.assert_…`) on a line. */
export const ASSERT_ON = (name: string): RegExp => new RegExp(String.raw`\bassert\w*\b[^\n]*\b${name.replace(/[^\w]/g, '')}\b`);
