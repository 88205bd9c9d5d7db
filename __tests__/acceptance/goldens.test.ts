/**
 * Goldens: for every scenario repository and the shipped example, the judging content of
 * the report (see helpers/golden.ts) must be what `__tests__/__goldens__/<name>.json`
 * holds. A reshape must leave them byte-identical; a deliberate change (a fix, a new
 * item) regenerates them in its own commit:
 *   UPDATE_GOLDENS=1 npm test -- __tests__/acceptance/goldens.test.ts
 * The corpus repositories have their goldens too, in the corpus tier
 * (__tests__/corpus/goldens.test.ts, run by `npm run test:corpus`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runEngine } from '../../src/engine.js';
import { PROJECT_ROOT } from '../helpers/project.js';
import { goldenText, projectReport, readOrWriteGolden } from '../helpers/golden.js';

const REPOS = path.join(PROJECT_ROOT, '__tests__', '__fixtures__', 'repos');
const GOLDENS = path.join(PROJECT_ROOT, '__tests__', '__goldens__');
const scenarios = fs.readdirSync(REPOS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('goldens of the scenario repositories and the example', () => {
  it('covers the 36 scenario repositories', () => {
    expect(scenarios).toHaveLength(36);
  });

  const cases: [string, string, (p: string) => boolean][] = [
    ...scenarios.map((name): [string, string, (p: string) => boolean] => [`scenarios/${name}`, path.join(REPOS, name), (p) => p === 'expected.txt']),
    ['examples/ml-app', path.join(PROJECT_ROOT, 'examples', 'ml-app'), () => false],
  ];

  it.each(cases)('%s keeps its golden', (name, root, ignore) => {
    const actual = goldenText(projectReport(runEngine(root, { displayPath: name, ignore }).report));
    const stored = readOrWriteGolden(path.join(GOLDENS, `${name}.json`), actual);
    expect(stored).not.toBeNull();
    expect(actual).toBe(stored);
  });
});
