import type { Analysis } from '../analysis.js';
import type { ItemMeta, ItemResult } from '../model/check.js';
import type { SourcePattern } from '../parse/source.js';

/** A checklist item: its metadata and a pure function from the analysed repository to a verdict. */
export interface Check {
  meta: ItemMeta;
  /** The source-pattern lists it asks about (findInSource, commandsRunningCode): one literal scan serves them all. */
  sources?: readonly (readonly SourcePattern[])[];
  evaluate(analysis: Analysis): Omit<ItemResult, 'id'>;
}
