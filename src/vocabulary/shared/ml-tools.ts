/** ML tools run as actions, with the items they are evidence for. */
/**
 * Actions of ML tools, by what they do (one row per action). `kind` says which practice
 * the action itself shows; an installer (`setup`) shows nothing until a command uses the tool.
 */
export interface MlUsesSignal {
  uses: string;
  label: string;
  kind: 'setup' | 'data-validation' | 'evaluation' | 'report' | 'data-versioning' | 'tracking';
}

export const ML_TOOL_USES: MlUsesSignal[] = [
  { uses: 'iterative/setup-dvc', label: 'DVC installer', kind: 'setup' },
  { uses: 'iterative/setup-cml', label: 'CML installer', kind: 'setup' },
  { uses: 'iterative/setup-tools', label: 'DVC/CML installer', kind: 'setup' },
  { uses: 'treeverse/setup-lakectl', label: 'lakeFS CLI installer', kind: 'setup' },
  { uses: 'great-expectations/great_expectations_action', label: 'Great Expectations', kind: 'data-validation' },
  { uses: 'superconductive/great_expectations_action', label: 'Great Expectations', kind: 'data-validation' },
  { uses: 'sodadata/soda-github-action', label: 'Soda', kind: 'data-validation' },
  { uses: 'promptfoo/promptfoo-action', label: 'promptfoo', kind: 'evaluation' },
  { uses: 'confident-ai/deepeval', label: 'DeepEval', kind: 'evaluation' },
];
