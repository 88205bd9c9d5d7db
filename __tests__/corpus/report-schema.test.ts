/** Corpus tier: the JSON report of every corpus repository is valid against schema/report.schema.json. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { runEngine } from '../../src/engine.js';
import { renderJson } from '../../src/report/json.js';
import { corpusRepo, corpusRepos } from '../helpers/corpus.js';
import { PROJECT_ROOT } from '../helpers/project.js';

const schema = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const errorsOf = (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

describe('report.schema.json on the corpus', () => {
  it.each(corpusRepos())('accepts the report of %s', (name) => {
    const report = runEngine(corpusRepo(name), { displayPath: name }).report;
    expect(errorsOf(report)).toEqual([]);
    expect(errorsOf(JSON.parse(renderJson(report)))).toEqual([]);
  });
});
