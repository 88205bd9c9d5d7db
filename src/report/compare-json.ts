/** The comparison's merged data as JSON (schema/comparison.schema.json). */
import type { Comparison } from '../model/comparison.js';

export function renderCompareJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
