/**
 * The explicit list of checks, in checklist order. A new item is one import and one row
 * here: nothing is registered by side effect or discovered by globbing at run time.
 */
import { changeTriggers } from './change-triggers.js';
import { dataValidation } from './data-validation.js';
import { dataVersioning } from './data-versioning.js';
import { experimentTracking } from './experiment-tracking.js';
import { lint } from './lint.js';
import { modelEvaluation } from './model-evaluation.js';
import { qualityGate } from './quality-gate.js';
import { reproducibility } from './reproducibility.js';
import { trainingPipeline } from './training-pipeline.js';
import { trainingTests } from './training-tests.js';
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
  // Data, Training, Evaluation (first half of the MLOps items)
  dataVersioning,
  dataValidation,
  trainingPipeline,
  trainingTests,
  experimentTracking,
  reproducibility,
  modelEvaluation,
  qualityGate,
  // Packaging, Deployment, Monitoring (and behavioral tests, the last Evaluation item)
  behavioralTests,
  modelSerialization,
  modelPackaging,
  modelRegistry,
  modelDeployment,
  servingTests,
  driftMonitoring,
  continuousTraining,
];
