import type { Analysis } from '../analysis.js';
import type { ItemMeta, ItemResult } from '../model/check.js';

/** A checklist item: its metadata and a pure function from the analysed repository to a verdict. */
export interface Check {
  meta: ItemMeta;
  evaluate(analysis: Analysis): Omit<ItemResult, 'id'>;
}
