/**
 * The registry: the explicit list of checks, in checklist order. `ItemId` and `ITEM_IDS`
 * are derived from it, and each check's `meta` holds its phase, title, practice and
 * remediation, so schemas and docs can be generated from `CHECKS`. A new item is one
 * import and one row here: nothing is registered by side effect or discovered by globbing.
 */
import { behavioralTests } from './behavioral-tests.js';
import { build } from './build.js';
import { changeTriggers } from './change-triggers.js';
import { continuousTraining } from './continuous-training.js';
import { dataValidation } from './data-validation.js';
import { dataVersioning } from './data-versioning.js';
import { driftMonitoring } from './drift-monitoring.js';
import { experimentTracking } from './experiment-tracking.js';
import { integrationTests } from './integration-tests.js';
import { lint } from './lint.js';
import { modelDeployment } from './model-deployment.js';
import { modelEvaluation } from './model-evaluation.js';
import { modelPackaging } from './model-packaging.js';
import { modelRegistry } from './model-registry.js';
import { modelSerialization } from './model-serialization.js';
import { multiEnvironment } from './multi-environment.js';
import { qualityGate } from './quality-gate.js';
import { release } from './release.js';
import { reproducibility } from './reproducibility.js';
import { securityScan } from './security-scan.js';
import { servingTests } from './serving-tests.js';
import { trainingPipeline } from './training-pipeline.js';
import { trainingTests } from './training-tests.js';
import { unitTests } from './unit-tests.js';

export const CHECKS = [
  // DevOps foundation
  changeTriggers,
  lint,
  unitTests,
  integrationTests,
  multiEnvironment,
  securityScan,
  build,
  release,
  // Data
  dataVersioning,
  dataValidation,
  // Training
  trainingPipeline,
  trainingTests,
  experimentTracking,
  reproducibility,
  // Evaluation
  modelEvaluation,
  qualityGate,
  behavioralTests,
  // Packaging
  modelSerialization,
  modelPackaging,
  modelRegistry,
  // Deployment
  modelDeployment,
  servingTests,
  // Monitoring
  driftMonitoring,
  continuousTraining,
] as const;

/** The checklist item ids, derived from the registry: a new item is a new row above. */
export type ItemId = (typeof CHECKS)[number]['meta']['id'];

/** The item ids in checklist order (schemas, docs and the config's `items` keys follow it). */
export const ITEM_IDS: readonly ItemId[] = CHECKS.map((c) => c.meta.id);
