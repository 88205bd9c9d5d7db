/** Vocabulary of the "data-validation" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import type { CommandSignal, FileSignal } from '../model/signal.js';

// ---------------------------------------------------------------- data-validation

export const DATA_VALIDATION_COMMANDS: CommandSignal[] = [
  { command: /^(great_expectations|gx)\b.*\bcheckpoint run\b/, label: 'Great Expectations checkpoint' },
  { command: /^soda scan\b/, label: 'Soda scan' },
  { command: /^dbt (test|build)\b/, label: 'dbt tests' },
  { command: /^frictionless validate\b|^pandera\b|^deepchecks\b|^tfdv\b/, label: 'data validator' },
  { command: /^python[0-9.]* \S*(validate_data|data_validation|check_data|data_checks?|validate_schema|data_quality|validate_dataset)\w*\.py\b/, label: 'data validation script' },
  { command: /^(pytest|py\.test)\b.*\s\S*(tests?\/(data|schema|data_validation|data_quality|validation)\b|test_(data|schema)\w*\.py)/, label: 'data tests' },
  { command: /^(make|just|task|invoke|poe)\b.*\s(validate-data|data-validation|check-data|data-tests?|test-data|validate_data)\b/, label: 'data validation task' },
];

export const DATA_VALIDATION_FILES: FileSignal[] = [
  { test: (p) => /(^|\/)(great_expectations|gx)\/great_expectations\.ya?ml$/.test(p), label: 'Great Expectations project' },
  { test: (p) => /(^|\/)(great_expectations|gx)\/(expectations|checkpoints)\/.+\.(json|ya?ml)$/.test(p), label: 'Great Expectations suite' },
  { test: (p) => /(^|\/)\.?soda\/.+\.ya?ml$|(^|\/)soda[_-]?checks?\w*\.ya?ml$/.test(p), label: 'Soda checks' },
  { test: (p) => /(^|\/)schemas?\/.+\.(schema\.json|avsc)$/.test(p), label: 'data schema' },
];

export const DATA_VALIDATION_SOURCE: SourcePattern[] = [
  { re: /\bimport great_expectations\b|from great_expectations\b|\bgx\.get_context\(/, label: 'Great Expectations' },
  { re: /\bimport pandera\b|from pandera\b|\bpa\.DataFrameSchema\(|\bDataFrameModel\b/, label: 'pandera' },
  // deepchecks counts with its data suites only: its model checks (performance, prediction drift) validate a model, not data.
  { re: /\bfrom deepchecks\b.*\b(data_integrity|train_test_validation|DataIntegrity|TrainTestValidation)\b/, label: 'deepchecks data suite' },
  { re: /\bimport tensorflow_data_validation\b|\btfdv\.(validate_statistics|infer_schema)\(/, label: 'TensorFlow Data Validation' },
  { re: /from soda\.scan import\b/, label: 'Soda' },
  { re: /\bimport pointblank\b|\bimport dataframely\b|from frictionless import\b/, label: 'data validator' },
];

/** A test checking data through an object (`schema.check(df)`, `validator.validate(batch)`): data validation when the object comes from a project module built on a validator. */
export const DATA_CHECK_CALLS: SourcePattern[] = [{ re: /\.(validate|check)\s*\(/, label: 'a data check' }];
