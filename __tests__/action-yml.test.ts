import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../src/inputs.js';
import { PROJECT_ROOT } from './helpers/project.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(fs.readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs that src/inputs.ts reads, with the same defaults and a description each', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      // The runner fills github-token from the expression; the code sees the token itself.
      const expected = name === 'github-token' ? '${{ github.token }}' : INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS];
      expect([name, input.default]).toEqual([name, expected]);
      expect(input.description.length).toBeGreaterThan(20);
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('declares the outputs that the publisher sets', () => {
    const publisher = fs.readFileSync(path.join(PROJECT_ROOT, 'src/report/publish.ts'), 'utf8');
    const set = [...publisher.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort();
    expect(Object.keys(action.outputs).sort()).toEqual(set);
  });
});
