/**
 * No input crashes the parser or the engine: random text, and random YAML built from
 * arbitrary values then damaged by cutting and inserting characters. Every finding they
 * produce stays located inside the file.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { readCi } from '../../src/parse/ci/github-actions/read.js';
import { indexRepository } from '../../src/parse/repo.js';
import { parseLocalAction, parseWorkflow } from '../../src/parse/ci/github-actions/workflow.js';
import { makeRepo } from '../helpers/repo.js';

const FILE = '.github/workflows/x.yml';

/** Characters that matter to YAML, so random text often hits its syntax. */
const json = fc.jsonValue({ maxDepth: 2 });

const yamlish = fc.string({ unit: fc.constantFrom(...'ab: -\n\t{}[],&*!|>\'"#%@`?<=$'.split(''), ' ', '\r\n', '${{ x }}', 'on', 'jobs', 'steps', 'run'), maxLength: 200 });

/** A value shaped a little like a workflow, with arbitrary values where fields go. */
const workflowish = fc.record(
  {
    name: json,
    on: fc.oneof(fc.constantFrom('push', ['push', 'pull_request'], { schedule: [{ cron: '0 0 * * *' }] }), json),
    jobs: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(json, fc.record({ 'runs-on': json, needs: json, strategy: json, steps: fc.array(fc.oneof(json, fc.record({ run: json, uses: json, if: json })), { maxLength: 4 }) }))),
  },
  { requiredKeys: [] },
);

/** Damage: cut a slice out, or insert a string, at arbitrary places. */
const mutation = fc.oneof(fc.record({ at: fc.nat(), cut: fc.integer({ min: 1, max: 20 }) }), fc.record({ at: fc.nat(), insert: yamlish }));

function mutate(text: string, edits: ({ at: number; cut: number } | { at: number; insert: string })[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    out = 'cut' in e ? out.slice(0, at) + out.slice(at + e.cut) : out.slice(0, at) + e.insert + out.slice(at);
  }
  return out;
}

const damagedYaml = fc.tuple(fc.oneof(workflowish, fc.anything({ maxDepth: 2, maxKeys: 4 })), fc.array(mutation, { maxLength: 4 })).map(([value, edits]) => {
  let text: string;
  try {
    text = (stringify(value) as string | undefined) ?? '';
  } catch {
    text = String(value);
  }
  return mutate(text, edits);
});

function expectLocated(findings: readonly Finding[], text: string): void {
  const lines = text.split('\n').length;
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines + 1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

describe('parseWorkflow never throws', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), yamlish), (text) => {
        const { findings } = parseWorkflow(FILE, text);
        expectLocated(findings, text);
      }),
      { numRuns: 400 },
    );
  });

  it('on random YAML built from values, then damaged', () => {
    fc.assert(
      fc.property(damagedYaml, (text) => {
        const { findings } = parseWorkflow(FILE, text);
        expectLocated(findings, text);
        parseLocalAction('.github/actions/a', '.github/actions/a/action.yml', text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('readCi and runEngine never throw', () => {
  it('on a repository of damaged workflows and a damaged composite action', () => {
    fc.assert(
      fc.property(damagedYaml, damagedYaml, (wf, action) => {
        const root = makeRepo({
          [FILE]: wf,
          '.github/workflows/call.yml': 'on: push\njobs:\n  a:\n    uses: ./.github/workflows/x.yml\n  b:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/a\n',
          '.github/actions/a/action.yml': action,
        });
        const ci = readCi(indexRepository(root));
        expect(ci.workflows.some((w) => w.file === '.github/workflows/call.yml')).toBe(true);
        const { report } = runEngine(root);
        expect(Number.isInteger(report.score)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
