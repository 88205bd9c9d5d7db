/**
 * The effective settings of a run: defaults, then the config file, then inputs (action or
 * CLI), and one sentence for each thing the config changed, for the report.
 */
import type { RepoConfig } from './config.js';
import { DEFAULT_WEIGHTS, PHASES, type PhaseId } from '../model/check.js';
import type { ProfileSetting } from '../model/profile.js';
import type { GateThresholds } from '../score/gate.js';

export interface InputSettings {
  thresholds?: Partial<GateThresholds>;
  weights?: Partial<Record<PhaseId, number>>;
  profile?: ProfileSetting;
}

export interface Settings {
  thresholds: GateThresholds;
  weights: Record<PhaseId, number>;
  /** What the config file changed, one sentence each (with the inputs that override it). */
  changes: string[];
}

/** input > config file > default, for thresholds and weights. */
export function resolveSettings(config: RepoConfig, input: InputSettings = {}): Settings {
  const changes: string[] = [];
  const pick = (key: string, fromConfig: number | undefined, fromInput: number | undefined, fallback: number): number => {
    if (fromConfig !== undefined) {
      changes.push(`${key} set to ${fromConfig} by the config${fromInput !== undefined ? `, overridden to ${fromInput} by the input` : ''}${fromInput === undefined && key.startsWith('weights.') ? ` (default ${fallback})` : ''}.`);
    }
    return fromInput ?? fromConfig ?? fallback;
  };
  if (config.profile !== undefined && config.profile.value !== 'auto') {
    const over = input.profile !== undefined && input.profile !== 'auto' ? `, overridden to "${input.profile}" by the input` : '';
    changes.push(`profile set to "${config.profile.value}" by the config${over}.`);
  }
  const thresholds: GateThresholds = {
    minScore: pick('min-score', config.minScore?.value, input.thresholds?.minScore, 0),
    minLevel: pick('min-level', config.minLevel?.value, input.thresholds?.minLevel, 0),
  };
  const weights = { ...DEFAULT_WEIGHTS };
  for (const phase of PHASES) weights[phase] = pick(`weights.${phase}`, config.weights[phase]?.value, input.weights?.[phase], DEFAULT_WEIGHTS[phase]);
  for (const [id, item] of Object.entries(config.items)) {
    if (!item) continue;
    if (!item.applicable) changes.push(`items.${id} marked not applicable: '${item.reason ?? ''}'.`);
    const parts: string[] = [];
    if (item.commands.length > 0) parts.push(`${plural(item.commands.length, 'extra command pattern')} (${item.commands.map((c) => `/${c.value}/`).join(', ')})`);
    if (item.uses.length > 0) parts.push(`${plural(item.uses.length, 'extra uses: prefix', 'extra uses: prefixes')} (${item.uses.map((u) => `"${u.value}"`).join(', ')})`);
    if (parts.length > 0) changes.push(`items.${id}: ${parts.join(' and ')} count as evidence.`);
  }
  if (config.ignore.length > 0) changes.push(`ignore: paths matching ${config.ignore.map((g) => `"${g.value}"`).join(', ')} are left out of the analysis.`);
  return { thresholds, weights, changes };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
