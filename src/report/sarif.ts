/**
 * The report as SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif) and
 * other tools: one rule per checklist item and per kind of finding, each with its help text
 * and remediation; one result per open item (at its first piece of evidence, else at the first
 * workflow) and per finding, located at file:line:column. Pure.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Severity } from '../model/finding.js';
import type { Report, ReportItem } from '../model/report.js';
import { isToolLimit } from './summary-details.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** The analysed folder inside the repository ('' at the root): result paths are relative to the repository. */
  pathPrefix?: string;
}

const LEVELS: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

/** The rule id of a finding kind (item rules use the item id). */
export function findingRuleId(check: string): string {
  return `finding/${check}`;
}

function itemRule(item: ReportItem): ReportingDescriptor {
  const example = item.example ? `\n\nExample:\n\n\`\`\`\n${item.example.replace(/\n+$/, '')}\n\`\`\`` : '';
  return {
    id: item.id,
    name: item.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase()),
    shortDescription: { text: item.title },
    fullDescription: { text: `Checklist item "${item.id}" (${item.phase} phase): ${item.title}.` },
    help: { text: `${item.remediation}${item.example ? `\n\nExample:\n${item.example}` : ''}`, markdown: `${item.remediation}${example}` },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['mlops', 'ci', item.phase] },
  };
}

function findingRule(f: Finding): ReportingDescriptor {
  return {
    id: findingRuleId(f.check),
    name: `Finding${f.check.replace(/(^|[^A-Za-z0-9]+)(.)/g, (_m, _s, c: string) => c.toUpperCase())}`,
    shortDescription: { text: `mlops-ci-check finding: ${f.check}` },
    help: { text: `A finding of mlops-ci-check's "${f.check}" analysis. The message says what was seen at the place and what to change.` },
    defaultConfiguration: { level: LEVELS[f.severity] },
    properties: { tags: ['mlops', 'ci'] },
  };
}

function location(file: string, line: number, column: number, prefix: string): Result['locations'] {
  if (/^[./]*$/.test(file)) return undefined;
  const uri = (prefix ? `${prefix}/${file}` : file).split('/').map(encodeURIComponent).join('/');
  const region = line > 0 ? { region: { startLine: line, ...(column > 0 ? { startColumn: column } : {}) } } : {};
  return [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...region } }];
}

function itemResult(item: ReportItem, report: Report, prefix: string): Result {
  const ev = item.evidence[0];
  const wf = report.workflows[0];
  const locations = ev ? location(ev.file, ev.line, ev.column, prefix) : wf ? location(wf.file, 1, 1, prefix) : undefined;
  return {
    ruleId: item.id,
    level: item.verdict === 'absent' ? 'warning' : 'note',
    message: { text: `${item.title}: ${item.verdict}. ${item.reason} Next step: ${item.remediation}` },
    ...(locations ? { locations } : {}),
    properties: { verdict: item.verdict, phase: item.phase },
  };
}

function findingResult(f: Finding, prefix: string): Result {
  const locations = location(f.file, f.line, f.column, prefix);
  return { ruleId: findingRuleId(f.check), level: LEVELS[f.severity], message: { text: f.message }, ...(locations ? { locations } : {}) };
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const prefix = (options.pathPrefix ?? '').replace(/^\.?\/+|\/+$/g, '');
  const findings = report.findings.filter((f) => !isToolLimit(f));
  const findingRules = new Map<string, ReportingDescriptor>();
  for (const f of findings) if (!findingRules.has(f.check)) findingRules.set(f.check, findingRule(f));
  const rules = [...report.items.map(itemRule), ...[...findingRules.values()].sort((a, b) => a.id.localeCompare(b.id))];
  const open = report.items.filter((i) => i.verdict === 'present' || i.verdict === 'absent');
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
        automationDetails: { id: `${report.tool.name}/${prefix || '.'}/` },
        results: [...open.map((i) => itemResult(i, report, prefix)), ...findings.map((f) => findingResult(f, prefix))],
        properties: { score: report.score, level: report.level, ...(report.commit ? { commit: report.commit.sha } : {}) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
