import { findInSource, isNotebook, matchCommands, matchUses, commandsRunningCode, scriptsOf, dispatchesOf, type Dispatch } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { AUTOMATED_KINDS, isAutomatedEvent, triggerKindOf, type Command, type ExecStep } from '../model/ci.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, testKindEvidence } from './kit.js';
import { describeEvents, hitEvidence } from './kit.js';
import { MONITORING_KINDS } from '../vocabulary/drift-monitoring.js';
import { DRIFT_SOURCE, DRIFT_COMMANDS, DRIFT_USES, DRIFT_SCRIPT, MONITOR_SCRIPT, CONFIG_FILES } from '../vocabulary/drift-monitoring.js';


export const driftMonitoring: Check<'drift-monitoring'> = defineCheck({
  meta: {
    id: 'drift-monitoring',
    phase: 'monitoring',
    title: 'Drift and quality monitoring',
    practice: 'Production data and predictions are watched for drift and quality.',
    typicalEvidence: 'evidently, alibi-detect, whylogs, nannyml; a scheduled workflow running a monitor',
    remediation: 'Run a drift report (Evidently, whylogs, NannyML, Alibi Detect) on recent production data in a scheduled workflow, fail or alert on drift, and dispatch the training workflow when it is found.',
    example: 'on:\n  schedule:\n    - cron: "0 2 * * *"\njobs:\n  drift:\n    steps:\n      - run: python monitoring/drift_report.py --fail-on-drift\n      - if: failure()\n        run: gh workflow run train.yml',
  },
  evaluate(a) {
    const evidence: Evidence[] = testKindEvidence(a, 'drift', (m) => `Drift test "${m.file.path}" (${m.evidence.signal}): it checks that drift statistics are computed correctly.`);
    const sourceHits = findInSource(a.repo, DRIFT_SOURCE, { limitPerLabel: 10 });
    const hasDriftCode = sourceHits.some((h) => !isNotebook(h.file));
    const runs: { item: Command | ExecStep; exec: ExecStep; what: string }[] = [];
    for (const m of matchCommands(a, DRIFT_COMMANDS)) runs.push({ item: m.command, exec: m.command.exec, what: `runs ${m.signal.label}: \`${m.command.text}\`` });
    for (const m of matchUses(a, DRIFT_USES)) runs.push({ item: m.exec, exec: m.exec, what: `uses ${m.signal.label} (${m.exec.step.uses!.value})` });
    for (const s of commandsRunningCode(a, DRIFT_SOURCE)) runs.push({ item: s.command, exec: s.command.exec, what: `runs "${s.hit.file}", which uses ${s.hit.label} (line ${s.hit.line})` });
    for (const c of a.commands) {
      if (runs.some((r) => r.item === c) || scriptsOf(a, c).some(isNotebook)) continue;
      if (DRIFT_SCRIPT.test(c.text) || (hasDriftCode && MONITOR_SCRIPT.test(c.text))) runs.push({ item: c, exec: c.exec, what: `runs a monitoring script: \`${c.text}\`` });
    }
    const dispatches = dispatchesOf(a);
    for (const r of runs) {
      const onChangeOnly = !r.exec.reach.events.some((e) => MONITORING_KINDS.has(e.kind)) && r.exec.reach.events.some((e) => AUTOMATED_KINDS.has(e.kind));
      const when = onChangeOnly
        ? ` on ${describeEvents(r.exec)} only, which checks changes rather than production data; run it on a schedule`
        : r.exec.reach.events.length > 0 ? ` on ${describeEvents(r.exec)}` : '';
      const d = dispatches.find((x: Dispatch) => x.exec.pipeline === r.exec.pipeline);
      const retrain = d ? `, and can dispatch retraining (${d.what} at ${d.at.file}:${d.at.line}${d.target ? `, starting "${d.target}"` : ''})` : '';
      const text = `"${r.exec.pipeline.file}" ${r.what}${when}${retrain}.`;
      const e = 'at' in r.item ? commandEvidence(r.item, text) : execEvidence(r.item, text);
      e.triggers = e.triggers.filter((t) => MONITORING_KINDS.has(triggerKindOf(t)) || !isAutomatedEvent(t));
      evidence.push(e);
    }
    const seen = new Set<string>();
    for (const h of sourceHits) {
      if (seen.has(h.file)) continue;
      seen.add(h.file);
      evidence.push(hitEvidence(h, `The ${isNotebook(h.file) ? 'notebook' : 'code'} "${h.file}" computes drift or data quality with ${h.label}: \`${h.text}\`.`));
    }
    for (const p of a.repo.files) if (CONFIG_FILES.test(p)) evidence.push(fileEvidence(p, `Monitoring configuration "${p}".`));
    const findings = cannotFailFindings('drift-monitoring', 'monitoring step', runs.map((r) => r.item));
    return decide(evidence, {
      automated: 'A scheduled (or event-driven) workflow runs a drift or quality monitor, or drift tests run in CI.',
      present: 'Drift or quality monitoring code exists, but no scheduled or event-driven workflow runs it (a monitor run only on push or pull_request, in a notebook, or by hand counts as present).',
      absent: 'No drift monitoring was found: no Evidently, whylogs, NannyML or Alibi Detect code, no monitoring configuration, no scheduled monitoring workflow.',
    }, findings);
  },
});

