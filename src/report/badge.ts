/**
 * A shields.io endpoint badge (https://shields.io/badges/endpoint-badge): the score and the
 * level, coloured by the gate when one is set, else by the score's band. Pure.
 */
import type { Report } from '../model/report.js';
import { hasGate, scoreBand, type Band } from './headline.js';

export interface EndpointBadge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

const BAND_COLORS: Record<Band, string> = { high: 'brightgreen', medium: 'orange', low: 'red' };

export function renderBadge(report: Report): string {
  const color = !report.gate.passed ? 'red' : hasGate(report.gate) ? 'brightgreen' : BAND_COLORS[scoreBand(report.score)];
  const badge: EndpointBadge = { schemaVersion: 1, label: 'MLOps CI', message: `${report.score}/100 · level ${report.level}`, color };
  return `${JSON.stringify(badge, null, 2)}\n`;
}
