/**
 * `mlops-ci-check compare <path or report.json>...`: the study for any set of
 * repositories, as HTML with charts, markdown with Mermaid charts, or merged JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../cli-run.js';
import { renderCompareHtml } from '../report/compare-html.js';
import { renderCompareJson } from '../report/compare-json.js';
import { renderCompareMarkdown } from '../report/compare-markdown.js';
import { TOOL_NAME } from '../version.js';
import { buildComparison } from './data.js';
import { buildFigures } from './figures.js';
import { CompareInputError, loadInputs } from './load.js';
import { renderSvg } from './render-svg.js';

export const COMPARE_FORMATS = ['html', 'markdown', 'json'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export const COMPARE_USAGE = `Usage: mlops-ci-check compare <path or report.json>... [options]

Compares repositories side by side: phase scores, verdicts, tests and when they run, and
(with history) commits touching tests and CI over time. Each input is a checkout (analysed
here, with its history), a JSON report made with --format json, or a folder of reports
(as actions/download-artifact lays them out).

Options:
  --format html|markdown|json  output format (default: html, one self-contained file)
  --output FILE                write to FILE instead of standard output
  --no-history                 do not read the history of checkouts
  -h, --help                   show this help`;

export interface CompareArgs {
  inputs: string[];
  format: CompareFormat;
  output: string | undefined;
  history: boolean;
  help: boolean;
}

export class CompareUsageError extends Error {}

export function parseCompareArgs(argv: readonly string[]): CompareArgs {
  const args: CompareArgs = { inputs: [], format: 'html', output: undefined, history: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = () => {
      if (eq > 0) return raw.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CompareUsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '-h' || flag === '--help') args.help = true;
    else if (flag === '--format') {
      const f = value();
      if (!(COMPARE_FORMATS as readonly string[]).includes(f)) throw new CompareUsageError(`--format takes html, markdown or json, got "${f}".`);
      args.format = f as CompareFormat;
    } else if (flag === '--output' || flag === '-o') args.output = value();
    else if (flag === '--no-history') args.history = false;
    else if (raw.startsWith('-') && raw !== '-') throw new CompareUsageError(`Unknown option "${raw}" for compare (see compare --help).`);
    else args.inputs.push(raw);
  }
  if (!args.help && args.inputs.length === 0) throw new CompareUsageError('compare needs at least one checkout or JSON report.');
  return args;
}

/** Renders the comparison in one format; the notes say what could not be shown. */
export async function renderComparison(args: Pick<CompareArgs, 'format'>, loaded: Awaited<ReturnType<typeof loadInputs>>): Promise<string> {
  const comparison = buildComparison(loaded);
  if (args.format === 'json') return renderCompareJson(comparison);
  const figures = buildFigures(comparison);
  const notes: string[] = [];
  const noHistory = comparison.repositories.filter((r) => r.history?.status !== 'available');
  if (noHistory.length > 0) notes.push(`No history for ${noHistory.map((r) => r.name).join(', ')}: ${noHistory.map((r) => r.history?.message ?? 'the report was made without --history').filter((m, i, all) => all.indexOf(m) === i).join(' ')}`);
  if (!comparison.repositories.some((r) => r.github?.status === 'available')) notes.push('No stars or issue figures: run the analysis with --github to add them.');
  if (args.format === 'markdown') return renderCompareMarkdown(comparison, figures, notes);
  const rendered: { figure: (typeof figures)[number]; svg: string }[] = [];
  for (const figure of figures) rendered.push({ figure, svg: await renderSvg(figure.spec) });
  return renderCompareHtml(comparison, rendered, notes);
}

export async function runCompareCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CompareArgs;
  try {
    args = parseCompareArgs(argv);
  } catch (err: unknown) {
    if (err instanceof CompareUsageError) {
      io.stderr(`${TOOL_NAME} compare: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    io.stdout(`${COMPARE_USAGE}\n`);
    return 0;
  }
  try {
    const loaded = await loadInputs(args.inputs, { cwd: io.cwd, history: args.history, progress: (m) => io.stderr(`${TOOL_NAME} compare: ${m}\n`) });
    const text = await renderComparison(args, loaded);
    if (args.output !== undefined) {
      const out = path.resolve(io.cwd, args.output);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, text);
      io.stderr(`${TOOL_NAME} compare: wrote ${args.output} (${loaded.length} repositories).\n`);
    } else io.stdout(text);
    return 0;
  } catch (err: unknown) {
    if (err instanceof CompareInputError) {
      io.stderr(`${TOOL_NAME} compare: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`${TOOL_NAME} compare: could not finish: ${message}.\n`);
    return 2;
  }
}
