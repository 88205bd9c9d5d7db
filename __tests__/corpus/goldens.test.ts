/**
 * Corpus tier: the judging content of the report on every repository of the shared
 * corpus must be what `__tests__/__goldens__/corpus/<name>.json` holds (see
 * helpers/golden.ts). Regenerate with `UPDATE_GOLDENS=1 npm run test:corpus`.
 */
import * as path from 'node:path';
import { runEngine } from '../../src/engine.js';
import { corpusRepo, corpusRepos } from '../helpers/corpus.js';
import { PROJECT_ROOT } from '../helpers/project.js';
import { goldenText, projectReport, readOrWriteGolden } from '../helpers/golden.js';

const GOLDENS = path.join(PROJECT_ROOT, '__tests__', '__goldens__', 'corpus');

describe('goldens of the corpus repositories', () => {
  it.each(corpusRepos())('%s keeps its golden', (name) => {
    const actual = goldenText(projectReport(runEngine(corpusRepo(name), { displayPath: name }).report));
    const stored = readOrWriteGolden(path.join(GOLDENS, `${name}.json`), actual);
    expect(stored).not.toBeNull();
    expect(actual).toBe(stored);
  });
});
