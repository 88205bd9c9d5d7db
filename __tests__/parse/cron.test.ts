import { describeCron } from '../../src/parse/cron.js';

describe('describeCron', () => {
  it.each([
    ['45 3 * * 0', 'weekly', 'weekly on Sunday at 03:45 UTC'],
    ['0 0 * * *', 'daily', 'daily at 00:00 UTC'],
    ['30 5 1 * *', 'monthly', 'monthly on day 1 at 05:30 UTC'],
    ['15 * * * *', 'hourly', 'hourly at minute 15'],
    ['0 2 * * MON', 'weekly', 'weekly on Monday at 02:00 UTC'],
  ])('says %s in words', (cron, cadence, text) => {
    expect(describeCron(cron)).toEqual({ cadence, text, valid: true });
  });

  it('falls back to the library for other shapes', () => {
    const m = describeCron('0 */6 * * 1-5');
    expect(m.valid).toBe(true);
    expect(m.text).toMatch(/every 6 hours/i);
  });

  it('flags text that is not a cron', () => {
    expect(describeCron('every day')).toMatchObject({ valid: false, cadence: 'custom' });
  });
});
