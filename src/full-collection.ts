/**
 * One full garbage collection between the checks and the report, on a large run. Once the
 * checks and the profile are done the engine drops the run's memos and the texts and bytes the
 * repository holds (run-index.ts forgetRun), but they stay in the heap until V8's next major
 * collection, which on a large run comes late or not at all: the report, its JSON and the
 * history were then built on top of them, and the run's peak came at its end. At 100,000
 * files (the realistic repository, Node 24, 3 runs each) the peak RSS was 257–264 MB; with this
 * collection, 223–227 MB, for 35–45 ms. On the real repositories measured (kubeflow/pipelines,
 * huggingface/diffusers, the realistic 30k) the peak comes during the checks and the heap
 * holds 38–49 MB at this point: there it would cost 20–40 ms for nothing, so it runs only
 * when the heap holds more than LARGE_HEAP.
 *
 * Only the entries allow it (the CLI and the action): a test or a library caller running the
 * engine in its own process is never collected. Node exposes `gc` only with `--expose-gc`,
 * which the action's `node24` runner does not pass; V8 reads the flag when it makes a
 * context, so it is set at run time and `gc` taken from a fresh context (made on first use).
 */
import { v8SetFlags } from './young-generation.js';

/** Below this much heap in use, the checks' peak is the run's: no collection. */
export const LARGE_HEAP = 64 * 1024 * 1024;

let allowed = false;
let collect: (() => void) | null | undefined;

/** Called by the entries: from then on `collectAfterChecks` may collect. */
export function allowFullCollection(): void {
  allowed = true;
}

/**
 * A full collection when allowed and the heap holds more than `large` bytes; returns whether
 * one ran. `gc` is V8's (tests pass their own).
 */
export function collectAfterChecks(large = LARGE_HEAP, gc?: () => void): boolean {
  // The heap first: a small run never exposes `gc` (no flag set, no context made).
  if (process.memoryUsage().heapUsed <= large) return false;
  const collect = gc ?? (allowed ? exposedGc() : undefined);
  if (!collect) return false;
  collect();
  return true;
}

/** V8's `gc`, exposed at run time (undefined when the runtime refuses: the run goes on without it). */
function exposedGc(): (() => void) | undefined {
  if (collect === undefined) {
    collect = null;
    try {
      const setFlags = v8SetFlags();
      const vm = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:vm') as typeof import('node:vm') | undefined;
      if (setFlags && vm) {
        setFlags('--expose-gc');
        const gc: unknown = vm.runInNewContext('gc');
        if (typeof gc === 'function') collect = gc as () => void;
      }
    } catch {
      // Not expected; the run goes on with V8's own schedule.
    }
  }
  return collect ?? undefined;
}
