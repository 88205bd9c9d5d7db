/** Dispatches: commands and actions that start another workflow. */
import type { CommandSignal, UsesSignal } from '../../model/signal.js';

/** Commands that start a workflow run elsewhere (retraining, a deployment ...). */
export const DISPATCH_COMMANDS: CommandSignal[] = [
  { command: /^gh workflow run\b/, label: 'gh workflow run' },
  { command: /^gh api\b.*\/dispatches\b/, label: 'GitHub dispatch API' },
  { command: /^curl\b.*\/dispatches\b/, label: 'GitHub dispatch API' },
];

export const DISPATCH_USES: UsesSignal[] = [
  { uses: 'peter-evans/repository-dispatch', label: 'repository_dispatch' },
  { uses: 'benc-uk/workflow-dispatch', label: 'workflow_dispatch' },
  { uses: 'actions/github-script', label: 'GitHub API script' },
];
