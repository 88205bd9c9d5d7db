import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import type { Log } from 'sarif';
import { runEngine } from '../../src/engine.js';
import { renderSarif } from '../../src/report/sarif.js';
import { PROJECT_ROOT } from '../helpers/project.js';
import { renderGfm, unlinkedPlaces } from '../helpers/gfm-render.js';
import { ciReport, EVIL_YML, finding, repoReport } from '../helpers/reports.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(fs.readFileSync(path.join(here, '../__fixtures__/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// The schema's language pattern is not valid under the u flag; the rest is checked as written.
// CommonJS packages: under NodeNext the default import is the module object.
const Ajv = AjvDraft04.default;
const addFormats = formats.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const errorsOf = (log: unknown) => (validate(log) ? [] : (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message ?? ''}`));

const example = () => runEngine(path.join(PROJECT_ROOT, 'examples/ml-app'), { displayPath: 'examples/ml-app' }).report;

describe('renderSarif', () => {
  it.each([
    ['examples/ml-app', example],
    ['the ci.yml repository with findings', () => ({ ...ciReport(), findings: [finding('error', '.github/workflows/ci.yml', 3), finding('notice', '.', 1, 'repository')] })],
    ['a hostile workflow name', () => repoReport({ '.github/workflows/evil.yml': EVIL_YML })],
  ])('is valid SARIF 2.1.0 for %s', (_name, make) => {
    const log = JSON.parse(renderSarif(make())) as Log;
    expect(errorsOf(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
  });

  it('rejects what the schema forbids (the validator works)', () => {
    expect(errorsOf({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
    expect(errorsOf({ version: '3.0', runs: [] })).not.toEqual([]);
  });

  it('has one rule per checklist item and per kind of finding, each with help and remediation', () => {
    const report = { ...ciReport(), findings: [finding('error', 'a.yml', 2, 'syntax-check'), finding('warning', 'b.yml', 3, 'syntax-check'), finding('warning', 'c.yml', 4, 'lint')] };
    const rules = (JSON.parse(renderSarif(report)) as Log).runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([...report.items.map((i) => i.id), 'finding/lint', 'finding/syntax-check']);
    const unit = rules.find((r) => r.id === 'unit-tests')!;
    const item = report.items.find((i) => i.id === 'unit-tests')!;
    expect(unit.shortDescription?.text).toBe(item.title);
    expect(unit.help?.text.startsWith(item.remediation)).toBe(true);
    expect(unit.help?.markdown).toContain('```');
  });

  it('puts each open item and each finding at file:line:column, under the analysed folder', () => {
    const report = { ...ciReport(), findings: [finding('warning', '.github/workflows/ci.yml', 7, 'lint', 5)] };
    const results = (JSON.parse(renderSarif(report, { pathPrefix: 'services/ml' })) as Log).runs[0]!.results!;
    const open = report.items.filter((i) => i.verdict === 'absent' || i.verdict === 'present');
    expect(results.filter((r) => !r.ruleId!.startsWith('finding/')).map((r) => r.ruleId)).toEqual(open.map((i) => i.id));
    const f = results.find((r) => r.ruleId === 'finding/lint')!;
    expect(f.level).toBe('warning');
    expect(f.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'services/ml/.github/workflows/ci.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 5 } });
    // An absent item has no evidence: it sits at the first workflow, line 1.
    const unit = results.find((r) => r.ruleId === 'unit-tests')!;
    expect(unit.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('services/ml/.github/workflows/ci.yml');
    expect(unit.message.text).toContain('Next step: ');
  });

  it('renders its help markdown without unlinked places or literal backticks', () => {
    for (const rule of (JSON.parse(renderSarif(example())) as Log).runs[0]!.tool.driver.rules!) {
      const html = renderGfm(rule.help!.markdown!);
      expect(html.replace(/<pre>[\s\S]*?<\/pre>/g, '')).not.toContain('`');
      expect(unlinkedPlaces(html)).toEqual([]);
    }
  });
});
