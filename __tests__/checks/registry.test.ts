import { CHECKS } from '../../src/checks/index.js';
import { PHASES } from '../../src/model/check.js';
import { ITEM_IDS } from '../../src/checks/index.js';

describe('the check registry', () => {
  it('has exactly one check per checklist item, in checklist order', () => {
    expect(CHECKS.map((c) => c.meta.id)).toEqual([...ITEM_IDS]);
  });

  it('gives every check a known phase, a title, a practice, its typical evidence and a remediation', () => {
    for (const c of CHECKS) {
      expect(PHASES).toContain(c.meta.phase);
      expect(c.meta.title.length).toBeGreaterThan(3);
      expect(c.meta.practice).toMatch(/^[A-Z].*\.$/);
      expect(c.meta.typicalEvidence.length).toBeGreaterThan(10);
      expect(c.meta.remediation).toMatch(/\.$/);
    }
  });
});
