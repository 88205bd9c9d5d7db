import fc from 'fast-check';
import { alternativesOf } from '../../src/analysis/literal-hints.js';
import type { SourcePattern } from '../../src/model/signal.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../helpers/project.js';
import { SourceScan } from '../../src/analysis/source-scan.js';

describe('alternativesOf', () => {
  const cases: [RegExp, string[] | undefined][] = [
    [/^\s*"?(from|import)\s+evidently\b/, ['evidently']],
    [/\b\w+\.fit\(/, ['.fit(']],
    [/\btrain(_model)?\((?!\))/, ['train']],
    [/x{2}abc/, ['abc']],
    [/\d{2,}ab/, ['ab']],
    [/ab?c/, ['a']],
    [/a|b\.c/, ['a', 'b.c']],
    [/\bdef\s+test_\w*(invarian|bias)\w*\s*\(/, ['test_']],
    [/\bdef\s+t_\w*(invarian|bias)\w*\s*\(/, ['invarian', 'bias']],
    [/\b(FeatureDrift|PredictionDrift)\s*\(/, ['FeatureDrift', 'PredictionDrift']],
    [/\b(trainer|model)\.(evaluate|test)\(/, ['trainer', 'model']],
    [/(?:ab|cd)xyz/, ['xyz']],
    [/(?<lib>numpy|torch)\.s/, ['numpy', 'torch']],
    [/foo\x41bar/, ['foo']],
    [/[|]x|y/, ['x', 'y']],
    // Nothing every match must contain.
    [/(ab)?c*/, undefined],
    [/a|\d+/, undefined],
    [/(?=abc)\w+/, undefined],
  ];
  it.each(cases)('%s needs one of %j', (re, any) => {
    const got = alternativesOf(re.source);
    expect(got === undefined ? undefined : [...new Set(got)]).toEqual(any);
  });
});

/** Every module under src/vocabulary/. */
const VOCABULARY = path.join(PROJECT_ROOT, 'src', 'vocabulary');
const vocabularyFiles = (fs.readdirSync(VOCABULARY, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
const vocabularyModules: Record<string, unknown>[] = [];
for (const f of vocabularyFiles) vocabularyModules.push((await import(path.join(VOCABULARY, f))) as Record<string, unknown>);

/** Every SourcePattern the vocabularies export. */
function vocabularyPatterns(): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  for (const mod of vocabularyModules) {
    for (const [name, v] of Object.entries(mod)) {
      if (!Array.isArray(v) || !v.every((p: unknown) => typeof p === 'object' && p !== null && (p as SourcePattern).re instanceof RegExp)) continue;
      for (const p of v as SourcePattern[]) out.push([`${name} ${p.label}`, p.re]);
    }
  }
  return out;
}

describe('the one-pass scan over the checks’ vocabularies', () => {
  const patterns = vocabularyPatterns();
  const scan = new SourceScan([patterns.map(([, re]) => ({ re }))]);

  it('finds the vocabularies', () => {
    expect(patterns.length).toBeGreaterThan(80);
  });

  it.each(patterns)('every match of %s holds all the literals of one of its branches', (_name, re) => {
    const loose = new RegExp(re.source.replace(/\\\\|\\[bB]|\(\?<?[=!](?:[^()\\]|\\.)*\)/g, (t) => (t === '\\\\' ? t : '')), re.flags.replace(/[gyi]/g, ''));
    let matched = 0;
    fc.assert(
      fc.property(fc.stringMatching(loose), (s) => {
        if (!re.test(s)) return;
        matched++;
        expect(scan.may(re, scan.mayMatchIn(s))).toBe(true);
      }),
      // A fixed seed: a random draw could match a pattern 0 times in 200 and fail at random.
      { numRuns: 200, seed: 20261202 },
    );
    expect(matched).toBeGreaterThan(0);
  });
});
