/**
 * Recursion on the heap. A walk of repository data (task prerequisites, nested expressions)
 * is as deep as the repository makes it; written as plain recursion, a deep enough input
 * exhausts the call stack, at a depth that depends on how warm the JIT is, so the same input
 * could pass once and crash the next time. Here the recursive function is a generator that
 * `yield`s the argument of each recursive call and receives its result: the frames live on an
 * explicit stack, and the depth a walk allows is a decision of the caller (a limit with a
 * finding), not an accident of the engine.
 */

/** One call of a recursive walk: `yield arg` is the recursive call, its value is the call's result. */
export type Recursive<A, R> = (arg: A) => Generator<A, R, R>;

/** Runs `fn(start)` with every recursive call kept on the heap; as fast as plain recursion, never a stack overflow. */
export function runOnHeap<A, R>(start: A, fn: Recursive<A, R>): R {
  const stack: Generator<A, R, R>[] = [fn(start)];
  let input: R | undefined;
  for (;;) {
    const top = stack[stack.length - 1]!;
    const next = top.next(input as R);
    if (next.done) {
      stack.pop();
      if (stack.length === 0) return next.value;
      input = next.value;
    } else {
      stack.push(fn(next.value));
      input = undefined;
    }
  }
}

/** Longest chain of task prerequisites (make targets, just recipes, mise tasks) followed; deeper ones get a finding. */
export const MAX_TASK_CHAIN = 100;
/** Most prerequisite links one task-runner invocation follows (a file can list every target as a prerequisite of every other). */
export const MAX_TASK_EDGES = 100_000;
