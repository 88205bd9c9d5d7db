/**
 * The hostile fuzzer, bounded for `npm test` (bench/fuzz.ts runs 10^5 cases): workflows,
 * configs, task files and scripts, structured-then-damaged or built from hostile tokens.
 * No case may throw, every finding message stays bounded, and the rendered report stays
 * bounded; a case that hangs shows as this suite's timeout.
 */
import fc from 'fast-check';
import { jest } from '@jest/globals';
import { MAX_FIELD_CHARS } from '../../src/report/bound.js';
import { exerciseEngine, exerciseParsers, hostileCase } from '../helpers/hostile-arbitraries.js';

jest.setTimeout(120_000);

/** Large enough for an unclosed quote or a fan of tokens to cost if a scan were quadratic. */
const MAX_REPEAT = 1000;

describe('fuzzing with hostile input', () => {
  test('the parsers never throw on 120 hostile cases, and their messages stay linear in the input', () => {
    fc.assert(
      fc.property(hostileCase(MAX_REPEAT), (c) => {
        const out = exerciseParsers(c);
        // Linear in the input (a message per bad line is fine), never a copy of the input per line.
        expect(out.messageChars).toBeLessThanOrEqual(200 * out.inputChars + 200_000);
      }),
      { numRuns: 120, seed: 12 },
    );
  });

  test('the engine and every renderer never throw on 25 hostile repositories, and the report stays bounded', () => {
    fc.assert(
      fc.property(hostileCase(MAX_REPEAT), (c) => {
        const out = exerciseEngine(c);
        expect(out.longestMessage).toBeLessThanOrEqual(MAX_FIELD_CHARS + 60);
        expect(out.outputBytes).toBeLessThan(4 * 1024 * 1024);
      }),
      { numRuns: 25, seed: 12 },
    );
  });
});
