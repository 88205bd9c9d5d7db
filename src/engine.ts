/**
 * The whole pipeline, shared by the action and the CLI: collect (analysis) → judge
 * (checks) → score → report. Pure apart from reading the repository.
 */
import { analyzeRepository, type Analysis, type AnalyzeOptions } from './analysis.js';
import { CHECKS } from './checks/index.js';
import type { Check } from './checks/types.js';
import { DEFAULT_WEIGHTS, type ItemId, type ItemMeta, type ItemResult, type PhaseId } from './model/check.js';
import { normalizeFindings, type Finding } from './model/finding.js';
import { inventoryReport } from './inventory/report.js';
import { SCHEMA_VERSION, type Report } from './model/report.js';
import { evaluateGate, type GateThresholds } from './score/gate.js';
import { computeLevel, type Level } from './score/level.js';
import { itemPoints, overallScore, scoreGains, scorePhases } from './score/score.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface EngineOptions extends AnalyzeOptions {
  thresholds?: Partial<GateThresholds>;
  weights?: Partial<Record<PhaseId, number>>;
  checks?: readonly Check[];
  /** The path as the user gave it, for the report. */
  displayPath?: string;
}

export interface EngineResult {
  analysis: Analysis;
  results: ItemResult[];
  report: Report;
}

export function evaluateChecks(analysis: Analysis, checks: readonly Check[]): { results: ItemResult[]; findings: Finding[] } {
  const results: ItemResult[] = [];
  const findings: Finding[] = [];
  for (const check of checks) {
    try {
      const r = check.evaluate(analysis);
      results.push({ id: check.meta.id, ...r });
      findings.push(...r.findings);
    } catch (err: unknown) {
      // A bug in one check must not hide the others: keep it out of the score and say so.
      const message = err instanceof Error ? err.message : String(err);
      results.push({ id: check.meta.id, verdict: 'not-applicable', reason: `The check could not decide (internal error: ${message}); it is left out of the score.`, evidence: [], findings: [] });
      findings.push({ severity: 'error', file: '.', line: 1, column: 1, check: check.meta.id, message: `Check "${check.meta.id}" failed with an internal error: ${message}. Please report it.` });
    }
  }
  return { results, findings };
}

export function runEngine(root: string, options: EngineOptions = {}): EngineResult {
  const checks = options.checks ?? CHECKS;
  const analysis = analyzeRepository(root, options);
  const { results, findings: checkFindings } = evaluateChecks(analysis, checks);
  const metas = new Map<ItemId, ItemMeta>(checks.map((c) => [c.meta.id, c.meta]));
  const weights = { ...DEFAULT_WEIGHTS, ...(options.weights ?? {}) };
  const phases = scorePhases(results, metas, weights);
  const overall = overallScore(phases);
  const level = computeLevel(results, 4 as Level);
  const thresholds: GateThresholds = { minScore: options.thresholds?.minScore ?? 0, minLevel: options.thresholds?.minLevel ?? 0 };
  const gains = scoreGains(results, metas, weights).filter((g) => g.gain > 0).slice(0, 3).map((g) => g.id);
  const gate = evaluateGate(overall.score, level.level, thresholds, gains, level.missingForNext);
  const findings = normalizeFindings([...analysis.repo.findings, ...analysis.findings, ...checkFindings]);
  const report: Report = {
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
    findings,
  };
  return { analysis, results, report };
}
