/**
 * The keeper one run's readers hand another run through (parse/handover.ts): what a run keeps is handed out once, what
 * it is given stays with the repository it was given to, and nothing is kept for a run that did not ask.
 */
import { handover } from '../../src/parse/handover.js';
import { indexRepository } from '../../src/parse/repo.js';
import { makeRepo } from '../helpers/repo.js';

const twoRuns = () => {
  const root = makeRepo({ 'a.py': 'import torch\n' });
  return { checkout: indexRepository(root), base: indexRepository(root) };
};

describe('handover', () => {
  it('hands out what a run kept once, with what the run added to it', () => {
    const { checkout } = twoRuns();
    const h = handover<Map<string, number>>();
    h.keep(checkout, new Map());
    expect(h.keeps(checkout)).toBe(true);
    h.kept(checkout)!.set('a.py', 1);
    expect(h.take(checkout)).toEqual(new Map([['a.py', 1]]));
    expect(h.take(checkout)).toBeUndefined();
    expect(h.keeps(checkout)).toBe(false);
    expect(h.kept(checkout)).toBeUndefined();
  });

  it('keeps for a run before it has a value, and the value it keeps later', () => {
    const { checkout } = twoRuns();
    const h = handover<string>();
    h.keep(checkout);
    expect(h.keeps(checkout)).toBe(true);
    expect(h.kept(checkout)).toBeUndefined();
    h.keep(checkout, 'found');
    expect(h.take(checkout)).toBe('found');
    expect(h.keeps(checkout)).toBe(false);
  });

  it("seeds another run's repository with it, which alone sees it, until it is taken", () => {
    const { checkout, base } = twoRuns();
    const h = handover<Map<string, number>>();
    h.keep(checkout, new Map([['a.py', 1]]));
    const kept = h.take(checkout)!;
    h.seed(base, kept);
    expect(h.seeded(base)).toBe(kept);
    expect(h.seeded(base)).toBe(kept);
    expect(h.seeded(checkout)).toBeUndefined();
    // Being given something is not keeping: the base's run keeps nothing for a run after it.
    expect(h.keeps(base)).toBe(false);
    expect(h.takeSeed(base)).toBe(kept);
    expect(h.takeSeed(base)).toBeUndefined();
    expect(h.seeded(base)).toBeUndefined();
  });

  it('keeps nothing for a run that did not ask, and each keeper keeps its own', () => {
    const { checkout, base } = twoRuns();
    const h = handover<string>();
    const other = handover<string>();
    h.keep(checkout, 'scans');
    for (const repo of [checkout, base]) {
      expect(other.keeps(repo)).toBe(false);
      expect(other.take(repo)).toBeUndefined();
    }
    expect(h.keeps(base)).toBe(false);
    expect(h.take(base)).toBeUndefined();
    // What a run keeps is not what it was given.
    expect(h.seeded(checkout)).toBeUndefined();
    expect(h.takeSeed(checkout)).toBeUndefined();
    expect(h.take(checkout)).toBe('scans');
  });
});
