/**
 * The automated steps whose content the tool could not see (CHECKLIST §2, "What the tool
 * could not follow"), once per place, with the items each might meet. A command the
 * config teaches (an item's `commands` pattern matches it) counts as evidence there and is
 * not listed.
 */
import type { ItemId } from '../model/check.js';
import { isAutomated, type Command, type UnfollowedKind } from '../model/ci.js';
import { UNFOLLOWED_HINTS } from '../vocabulary/shared/unfollowed-hints.js';
import type { Analysis } from './analyze.js';
import { commandLine } from './match.js';

export interface UnfollowedStep {
  command: Command;
  kind: UnfollowedKind;
  reason: string;
  /** The items it might meet, by the words of its task name; undefined when it might meet any. */
  items?: ItemId[];
}

/** What a user's pattern needs to be (the config's compiled `commands`). */
export interface Taught {
  test(text: string): boolean;
}

/** The items a command's words hint at, or undefined when they name none (then it might meet any). */
export function hintedItems(argv: readonly string[]): ItemId[] | undefined {
  const words = argv
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const items = new Set<ItemId>();
  for (const w of words) for (const h of UNFOLLOWED_HINTS) if (h.word.test(w)) for (const id of h.items) items.add(id);
  return items.size > 0 ? [...items] : undefined;
}

/** The automated steps not followed, in the order CI runs them, one per place; those a taught pattern matches are left out. */
export function unfollowedSteps(a: Analysis, taught: readonly Taught[] = []): UnfollowedStep[] {
  const out: UnfollowedStep[] = [];
  const seen = new Set<string>();
  for (const u of a.unfollowed) {
    const c = u.command;
    if (!isAutomated(c.exec.reach)) continue;
    const key = `${c.at.file}:${c.at.line}:${c.at.column}`;
    if (seen.has(key)) continue;
    const line = commandLine(c);
    if (taught.some((t) => t.test(line))) continue;
    seen.add(key);
    const items = hintedItems(c.argv);
    out.push({ command: c, kind: u.kind, reason: u.reason, ...(items ? { items } : {}) });
  }
  return out;
}
