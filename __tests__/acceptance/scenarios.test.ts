/**
 * Scenario repositories: each folder under __tests__/__fixtures__/repos/ is a small real
 * repository with an `expected.txt` of the report's key lines (see helpers/expected.ts).
 * This test runs the engine on each and diffs.
 *
 * To regenerate the files after a deliberate change (a new check, a new finding), run
 *   UPDATE_EXPECTED=1 npm test -- __tests__/scenarios.test.ts
 * and review every changed line before committing: the verdicts must be what a person
 * reading the repository would say.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEngine } from '../../src/engine.js';
import { renderExpected } from '../helpers/expected.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPOS = path.join(here, '..', '__fixtures__', 'repos');
const update = process.env['UPDATE_EXPECTED'] === '1';
const scenarios = fs.readdirSync(REPOS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('scenario repositories', () => {
  it('has the scenarios the harness promises', () => {
    expect(scenarios).toEqual(expect.arrayContaining(['broken-yaml', 'composite-and-reusable', 'no-workflows', 'rich-python-ci', 'schedule-only-scan', 'tox-drops-folder', 'weekly-only-tests', 'indirections']));
  });

  it.each(scenarios)('%s gives its expected report lines', (name) => {
    const root = path.join(REPOS, name);
    const actual = renderExpected(runEngine(root, { displayPath: name, ignore: (p) => p === 'expected.txt' }).report);
    const file = path.join(root, 'expected.txt');
    if (update) fs.writeFileSync(file, actual);
    expect(fs.existsSync(file)).toBe(true);
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});
