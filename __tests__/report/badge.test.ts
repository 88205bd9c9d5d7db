import { renderBadge } from '../../src/report/badge.js';
import { ciReport } from '../helpers/reports.js';

describe('renderBadge (shields.io endpoint)', () => {
  const report = ciReport();
  it.each([
    [{ score: 80 }, 'brightgreen'],
    [{ score: 60 }, 'orange'],
    [{ score: 20 }, 'red'],
    [{ score: 20, gate: { minScore: 10, minLevel: 0, passed: true, reasons: [] } }, 'brightgreen'],
    [{ score: 90, gate: { minScore: 95, minLevel: 0, passed: false, reasons: ['score 90 < 95'] } }, 'red'],
  ])('colours %j %s', (patch, color) => {
    expect(JSON.parse(renderBadge({ ...report, ...patch }))).toEqual({ schemaVersion: 1, label: 'MLOps CI', message: `${patch.score}/100 · level ${report.level}`, color });
  });
});
