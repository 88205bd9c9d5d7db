/**
 * The whole pipeline, shared by the action and the CLI: collect (analysis) → judge
 * (checks) → score → report. Pure apart from reading the repository.
 */
import { analyzeRepository, type Analysis, type AnalyzeOptions } from './analysis/analyze.js';
import { applyApplicability } from './score/applicability.js';
import { judgeChecks } from './checks/kit.js';
import { CHECKS } from './checks/index.js';
import type { Check } from './checks/kit.js';
import { ignoreMatcher, loadConfig, type ConfigReader, type LoadedConfig } from './config/config.js';
import type { ItemId, ItemMeta, ItemResult, PhaseId } from './model/check.js';
import { normalizeFindings } from './model/finding.js';
import { inventoryReport } from './report/tests.js';
import type { ProfileDecision, ProfileSetting } from './model/profile.js';
import { SCHEMA_VERSION, UNFOLLOWED_COMMAND_MAX, unfollowedSentence, unseenTestRuns, type Report, type ReportUnfollowed } from './model/report.js';
import { qualifyNeverRun } from './inventory/build.js';
import { eventNames } from './model/ci.js';
import { boundReport } from './report/bound.js';
import { maxLevelFor, resolveProfile } from './analysis/profile.js';
import { forgetRun } from './analysis/run-index.js';
import { collectAfterChecks } from './full-collection.js';
import { evaluateGate, type GateThresholds } from './score/gate.js';
import { computeLevel, type Level } from './score/level.js';
import { itemsToReach, ladderSteps, levelGapText } from './score/ladder.js';
import { itemPoints, overallScore, scorePhases } from './score/score.js';
import { declareSourcePatterns, sourceScansOf, unfollowedSteps, type SourceScan, type SourceScanResults } from './analysis/index.js';
import { resolveSettings } from './config/settings.js';
import type { RepoIndex } from './model/repository.js';
import { keepParsedCi, parsedCiOf, type ParsedCiFiles } from './parse/ci/github-actions/read.js';
import { indexRepository, type RepoOptions } from './parse/repo.js';
import { describedTestsOf, keepDescribedTests, type DescribedTests } from './inventory/discover.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface EngineOptions extends AnalyzeOptions {
  /** From inputs: they override the config file's values. */
  thresholds?: Partial<GateThresholds>;
  weights?: Partial<Record<PhaseId, number>>;
  /** The config file, relative to the root (or absolute); default `.github/mlops-ci-check.yml` when it exists. */
  configFile?: string;
  /** The profile input; `auto` or unset leaves it to the config file, then to inference. */
  profile?: ProfileSetting;
  checks?: readonly Check[];
  /** The path as the user gave it, for the report. */
  displayPath?: string;
  /** Reads the config file from another source than the disk (with openRepo: a commit's tree). */
  readConfig?: ConfigReader;
  /** Keep what the run learnt that a base comparison can start from (EngineResult.forBase): a pull request's checkout, for its base. */
  keepForBase?: boolean;
  /**
   * A full collection (where the entry allows it: full-collection.ts) between reading the repository and the checks:
   * the base of a pull request runs on top of what the checkout's run kept for it, and its reading's garbage would
   * otherwise stay through its checks (the 100k base: 336 -> 309 MB, for one collection).
   */
  collectBeforeChecks?: boolean;
}

export interface EngineResult {
  analysis: Analysis;
  results: ItemResult[];
  report: Report;
  config: LoadedConfig;
  profile: ProfileDecision;
  /** With keepForBase: what the run kept for the base of a pull request, until analyzeBase takes it over. */
  forBase?: ForBase;
}

/**
 * What a pull request's checkout hands its base's run (baseline/base.ts seeds the base's repository with it), so that the
 * files the base reads unchanged from the checkout are not scanned, parsed or described again.
 */
export interface ForBase {
  /** What the source scans found in the files (seedSourceScans). */
  sourceScans: Map<SourceScan, SourceScanResults>;
  /** The workflows and local actions as parsed (seedParsedCi). */
  parsedCi?: ParsedCiFiles;
  /** What the test discovery found in each candidate file, under its runner settings (seedDescribedTests). */
  describedTests?: DescribedTests;
}

export function runEngine(root: string, options: EngineOptions = {}): EngineResult {
  const checks = options.checks ?? CHECKS;
  // One literal automaton for every pattern list the checks ask about (built once per process).
  declareSourcePatterns(checks.flatMap((c) => c.sources ?? []));
  // The config is read before the walk: its `ignore` globs shape the walk itself.
  const loaded = loadConfig(root, options.configFile, options.readConfig);
  const configIgnore = ignoreMatcher(loaded.config.ignore.map((g) => g.value));
  const inputIgnore = options.ignore;
  const ignore = configIgnore && inputIgnore ? (p: string) => inputIgnore(p) || configIgnore(p) : (configIgnore ?? inputIgnore);
  const open = options.openRepo ?? indexRepository;
  const keeping = options.keepForBase ? { openRepo: (r: string, o: RepoOptions) => keepingForBase(open(r, o)) } : {};
  const analysis = analyzeRepository(root, { ...options, ...(ignore ? { ignore } : {}), ...keeping });
  // The reading is done: its parses and descriptions are taken now, the scans once the checks are done with them.
  const parsedCi = options.keepForBase ? parsedCiOf(analysis.repo) : undefined;
  const describedTests = options.keepForBase ? describedTestsOf(analysis.repo) : undefined;
  // Steps the tool could not see into; a command the config teaches (an item's `commands`) is evidence, not listed.
  const taught = Object.values(loaded.config.items).flatMap((i) => i?.commands.map((c) => c.regex) ?? []);
  const unfollowed = unfollowedSteps(analysis, taught);
  const reportUnfollowed = unfollowed.map((u): ReportUnfollowed => {
    const c = u.command;
    const command = c.text.length > UNFOLLOWED_COMMAND_MAX ? `${c.text.slice(0, UNFOLLOWED_COMMAND_MAX - 1)}…` : c.text;
    return { file: c.at.file, line: c.at.line, column: c.at.column, command, kind: u.kind, reason: u.reason, triggers: eventNames(c.exec.reach), ...(u.items ? { items: u.items } : {}) };
  });
  if (options.collectBeforeChecks) collectAfterChecks(0);
  const judged = judgeChecks(analysis, checks, loaded.config, unfollowed);
  const metas = new Map<ItemId, ItemMeta>(checks.map((c) => [c.meta.id, c.meta]));
  const profile = resolveProfile(
    analysis,
    loaded.config.profile && loaded.file !== null ? { setting: loaded.config.profile.value, file: loaded.file, line: loaded.config.profile.pos.line } : undefined,
    options.profile,
  );
  // The checks and the profile are done: what the run learnt about the files is let go of, and on a large run
  // collected, so that the report is built in the memory it held (full-collection.ts).
  const forBase: ForBase | undefined = options.keepForBase ? { sourceScans: sourceScansOf(analysis.repo), ...(parsedCi ? { parsedCi } : {}), ...(describedTests ? { describedTests } : {}) } : undefined;
  forgetRun(analysis.repo);
  collectAfterChecks();
  const results = applyApplicability(judged, metas, profile.profile, loaded.config);
  const settings = resolveSettings(loaded.config, { ...(options.thresholds ? { thresholds: options.thresholds } : {}), ...(options.weights ? { weights: options.weights } : {}), ...(options.profile ? { profile: options.profile } : {}) });
  const weights = settings.weights;
  const phases = scorePhases(results, metas, weights);
  const overall = overallScore(phases);
  const level = computeLevel(results, maxLevelFor(profile.profile) as Level, profile.profile, reportUnfollowed.length > 0 ? unfollowedSentence(reportUnfollowed) : undefined);
  const thresholds = settings.thresholds;
  const reach = itemsToReach(results, metas, weights, thresholds.minScore);
  const gate = evaluateGate(overall.score, level.level, thresholds, reach, levelGapText(results, level.level, thresholds.minLevel));
  const verdictOf = new Map(results.map((r) => [r.id, r.verdict]));
  const steps = ladderSteps(results, metas, weights, level.level, level.maxLevel);
  const nextSteps = steps.map((g) => ({ id: g.id, title: metas.get(g.id)!.title, verdict: verdictOf.get(g.id)!, gain: Math.round(g.gain * 10) / 10, reason: g.reason, ...(g.level ? { level: g.level } : {}) }));
  // While steps that might run tests were not followed, a folder no followed step runs is not said to be never run.
  const analysisFindings = qualifyNeverRun(analysis.findings, analysis.inventory, unseenTestRuns(reportUnfollowed));
  const findings = normalizeFindings([...loaded.findings, ...analysis.repo.findings, ...analysisFindings, ...results.flatMap((r) => r.findings)]);
  // Bounded and made visible once, before any renderer (report/bound.ts).
  const report: Report = boundReport({
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    path: options.displayPath ?? root,
    score: overall.score,
    arithmetic: overall.arithmetic,
    level: level.level,
    maxLevel: level.maxLevel,
    levelExplanation: level.explanation,
    weakestPhase: overall.weakestPhase,
    gate,
    nextSteps,
    profile: { id: profile.profile, reasons: profile.reasons, source: profile.source },
    config: { file: loaded.file, changes: settings.changes },
    phases: overall.phases.map((p) => ({ id: p.id, title: p.title, score: p.score === null ? null : Math.round(p.score), weight: p.weight })),
    items: results.map((r) => {
      const m = metas.get(r.id)!;
      return {
        id: r.id,
        phase: m.phase,
        title: m.title,
        verdict: r.verdict,
        points: itemPoints(r.verdict),
        reason: r.reason,
        evidence: r.evidence,
        remediation: m.remediation,
        ...(m.example ? { example: m.example } : {}),
      };
    }),
    workflows: analysis.workflows.map((w) => ({
      provider: w.provider ?? 'github-actions',
      file: w.file,
      name: w.name?.value ?? null,
      triggers: w.triggers.map((t) => ({
        event: t.event,
        line: t.pos.line,
        column: t.pos.column,
        ...(t.crons.length > 0 ? { schedules: t.crons.map((c) => ({ cron: c.cron, description: c.description, line: c.pos.line, column: c.pos.column })) } : {}),
      })),
    })),
    tests: inventoryReport(analysis.inventory),
    unfollowed: reportUnfollowed,
    findings,
  });
  return { analysis, results, report, config: loaded, profile, ...(forBase ? { forBase } : {}) };
}

/** The checkout's repository, its parses and test descriptions kept for the base (the scans are kept on the run's index). */
function keepingForBase(repo: RepoIndex): RepoIndex {
  keepParsedCi(repo);
  keepDescribedTests(repo);
  return repo;
}
