/**
 * The inputs of `compare`: checkouts (analysed here, with their history) or JSON reports
 * made earlier, and folders of reports as `actions/download-artifact` lays them out
 * (`<dir>/<artifact>/<file>.json`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Report } from '../model/report.js';
import { runEngine } from '../engine.js';
import { addHistory } from '../history/attach.js';
import { TOOL_NAME } from '../version.js';

export interface LoadedReport {
  name: string;
  source: string;
  report: Report;
}

export class CompareInputError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A JSON report, checked for the fields compare reads; anything else is a clear error. */
export function parseReport(text: string, file: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err: unknown) {
    throw new CompareInputError(`"${file}" is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  if (!isObject(data) || !isObject(data['tool']) || data['tool']['name'] !== TOOL_NAME) throw new CompareInputError(`"${file}" is not a ${TOOL_NAME} report (its "tool.name" is not "${TOOL_NAME}"); make one with \`${TOOL_NAME} --format json --history\`.`);
  if (data['schemaVersion'] !== 1) throw new CompareInputError(`"${file}" has schemaVersion ${JSON.stringify(data['schemaVersion'])}; this version of ${TOOL_NAME} reads version 1.`);
  for (const key of ['phases', 'items', 'workflows', 'findings']) if (!Array.isArray(data[key])) throw new CompareInputError(`"${file}" has no "${key}" list; it is not a complete report.`);
  if (!isObject(data['tests'])) throw new CompareInputError(`"${file}" has no "tests" section; it is not a complete report.`);
  return data as unknown as Report;
}

/** The name a report goes by in the comparison. */
export function nameOf(report: Report, source: string): string {
  if (report.github?.repository) return report.github.repository;
  // The path as given names it (`owner/name` when analysed from a folder of clones); an absolute path by its last part.
  const given = report.path.replace(/[\\/]+$/, '').replace(/^\.\//, '');
  if (given !== '' && given !== '.' && !given.startsWith('..')) return path.isAbsolute(given) ? path.basename(given) : given;
  const base = path.basename(source).replace(/\.json$/i, '');
  if (/^(report|mlops-ci-check)$/i.test(base)) return path.basename(path.dirname(path.resolve(source)));
  return base;
}

function reportFilesIn(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isFile() && e.name.toLowerCase().endsWith('.json')) out.push(p);
      else if (e.isDirectory() && depth < 2 && !e.name.startsWith('.')) visit(p, depth + 1);
    }
  };
  visit(dir, 0);
  return out;
}

/**
 * What a folder given to compare is: a folder of reports (no `.git`, only JSON files at most
 * two levels down), an empty one (folders only, no file: an artifact download that found
 * nothing), or a checkout.
 */
export function folderKind(dir: string): 'reports' | 'empty' | 'checkout' {
  if (fs.existsSync(path.join(dir, '.git'))) return 'checkout';
  let json = 0;
  const visit = (d: string, depth: number): boolean => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (depth >= 2 || !visit(path.join(d, e.name), depth + 1)) return false;
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) json++;
      else return false;
    }
    return true;
  };
  if (!visit(dir, 0)) return 'checkout';
  return json > 0 ? 'reports' : 'empty';
}

export interface LoadOptions {
  cwd: string;
  history: boolean;
  /** Called for each checkout analysed, to say what is happening on a long run. */
  progress?: (message: string) => void;
}

export async function loadInputs(inputs: readonly string[], options: LoadOptions): Promise<LoadedReport[]> {
  const out: LoadedReport[] = [];
  for (const input of inputs) {
    const abs = path.resolve(options.cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new CompareInputError(`"${input}" does not exist; give checkouts or JSON reports.`);
    }
    if (stat.isFile()) {
      const report = parseReport(fs.readFileSync(abs, 'utf8'), input);
      out.push({ name: nameOf(report, input), source: input, report });
    } else if (stat.isDirectory() && folderKind(abs) === 'empty') {
      throw new CompareInputError(`"${input}" holds no report and no file to analyse (an artifact download that found nothing?).`);
    } else if (stat.isDirectory() && folderKind(abs) === 'reports') {
      for (const file of reportFilesIn(abs)) {
        const rel = path.relative(options.cwd, file) || file;
        const report = parseReport(fs.readFileSync(file, 'utf8'), rel);
        out.push({ name: nameOf(report, rel), source: rel, report });
      }
    } else if (stat.isDirectory()) {
      options.progress?.(`analysing ${input}`);
      const engine = runEngine(abs, { displayPath: path.basename(abs) });
      const report = options.history ? await addHistory(engine.report, engine.analysis, abs, {}) : engine.report;
      out.push({ name: nameOf(report, input), source: input, report });
    } else throw new CompareInputError(`"${input}" is neither a folder nor a file.`);
  }
  // Two inputs with one name would merge in the charts: number them.
  const seen = new Map<string, number>();
  for (const r of out) {
    const n = (seen.get(r.name) ?? 0) + 1;
    seen.set(r.name, n);
    if (n > 1) r.name = `${r.name} (${n})`;
  }
  return out;
}
