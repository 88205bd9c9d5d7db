/** Hand-built records for inventory tests: commands with a given reach, test files, selections. */
import type { Lang } from '../../src/inventory/cases.js';
import type { FoundTest } from '../../src/inventory/discover.js';
import { triggerKindOf, type Command, type ExecStep, type Pipeline, type PipelineJob, type PipelineStep } from '../../src/model/ci.js';
import type { TestFramework, TestSelection } from '../../src/model/inventory.js';

export function fakeCommand(text: string, events: string[] = ['pull_request'], opts: { crons?: string[]; conditions?: string[]; file?: string; line?: number } = {}): Command {
  const schedules = (opts.crons ?? []).map((d, i) => ({ cron: `0 ${i} * * *`, description: d, pos: { line: 3, column: 5 } }));
  const exec: ExecStep = {
    pipeline: { file: opts.file ?? '.github/workflows/ci.yml' } as Pipeline,
    job: { id: 'test' } as PipelineJob,
    step: { index: 0 } as PipelineStep,
    file: opts.file ?? '.github/workflows/ci.yml',
    via: [],
    callers: [],
    reach: { events: events.map((original) => ({ kind: triggerKindOf(original), original })), schedules, conditions: opts.conditions ?? [] },
  };
  return { text, argv: text.split(' '), at: { file: opts.file ?? '.github/workflows/ci.yml', line: opts.line ?? 10, column: 9 }, via: [], exec };
}

const LANG_FRAMEWORK: Record<Lang, TestFramework> = { python: 'pytest', js: 'jest', go: 'go', rust: 'cargo', r: 'testthat', jvm: 'junit', bats: 'bats', notebook: 'notebook', testscript: 'go' };

export function fakeTest(path: string, lang: Lang, opts: { markers?: string[]; wholeFile?: string[]; cases?: number; buildConstraint?: string; driver?: string } = {}): FoundTest {
  const t: FoundTest = {
    file: { path, framework: LANG_FRAMEWORK[lang], kinds: [{ kind: 'unit', line: 1, signal: 'no other kind found' }], cases: opts.cases ?? 1, markers: opts.markers ?? opts.wholeFile ?? [] },
    lang,
    wholeFile: opts.wholeFile ?? [],
  };
  if (opts.buildConstraint) t.buildConstraint = opts.buildConstraint;
  if (opts.driver) t.driver = opts.driver;
  return t;
}

export function fakeSelection(runner: TestSelection['runner'], paths: string[] = [], opts: { cwd?: string; markers?: string; keyword?: string; text?: string; ignores?: string[] } = {}): TestSelection {
  const sel: TestSelection = { runner, cwd: opts.cwd ?? '', paths, command: fakeCommand(opts.text ?? [runner, ...paths].join(' ')) };
  if (opts.markers !== undefined) sel.markers = opts.markers;
  if (opts.keyword !== undefined) sel.keyword = opts.keyword;
  if (opts.ignores !== undefined) sel.ignores = opts.ignores;
  return sel;
}
