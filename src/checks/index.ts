/**
 * The explicit list of checks, in checklist order. A new item is one import and one row
 * here: nothing is registered by side effect or discovered by globbing at run time.
 */
import { changeTriggers } from './change-triggers.js';
import { lint } from './lint.js';
import { behavioralTests } from './behavioral-tests.js';
import { modelSerialization } from './model-serialization.js';
import { modelPackaging } from './model-packaging.js';
import { modelRegistry } from './model-registry.js';
import { modelDeployment } from './model-deployment.js';
import { servingTests } from './serving-tests.js';
import { driftMonitoring } from './drift-monitoring.js';
import { continuousTraining } from './continuous-training.js';
import type { Check } from './types.js';

export const CHECKS: readonly Check[] = [
  changeTriggers,
  lint,
  behavioralTests,
  modelSerialization,
  modelPackaging,
  modelRegistry,
  modelDeployment,
  servingTests,
  driftMonitoring,
  continuousTraining,
];
