/**
 * The full collection between the checks and the report (full-collection.ts): only when an
 * entry allowed it and the heap is large, and V8's `gc`, exposed at run time, collects on the
 * Node running the tests (20 and 24 in CI).
 */
import { allowFullCollection, collectAfterChecks } from '../src/full-collection.js';

describe('collectAfterChecks', () => {
  it('collects only with a gc and a heap above the bound', () => {
    let calls = 0;
    const gc = (): void => void calls++;
    expect(collectAfterChecks(Number.MAX_SAFE_INTEGER, gc)).toBe(false);
    expect(calls).toBe(0);
    expect(collectAfterChecks(0, gc)).toBe(true);
    expect(calls).toBe(1);
  });

  it(`does nothing until an entry allows it, then collects with V8's gc on this Node (${process.version})`, () => {
    // Not allowed (the state of a test or a library caller): no gc is exposed, nothing runs.
    expect(collectAfterChecks(0)).toBe(false);
    // From here this Jest worker has --expose-gc set (test files it runs later could see a global `gc`; none looks).
    allowFullCollection();
    // Node before 20.16 has no process.getBuiltinModule: no gc is exposed and the run goes on uncollected.
    const exposable = typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule === 'function';
    // About 40 MB of objects, unreachable once the function returns: the heap in use then.
    const held = ((): number => {
      const garbage = Array.from({ length: 400_000 }, (_, i) => ({ i, s: `item ${i} ${'x'.repeat(40)}` }));
      return garbage.length > 0 ? process.memoryUsage().heapUsed : 0;
    })();
    expect(collectAfterChecks(0)).toBe(exposable);
    if (exposable) expect(process.memoryUsage().heapUsed).toBeLessThan(held - 20 * 1024 * 1024);
  });
});
