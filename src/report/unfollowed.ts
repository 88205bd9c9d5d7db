/**
 * The automated steps the tool could not follow (CHECKLIST §2), as every face shows them: a
 * headline sentence and a list, each step at its line with its command and why. The job
 * summary and the terminal name up to 10, the pull-request comment up to 3; the rest are
 * counted. Pure.
 */
import type { Report, ReportUnfollowed } from '../model/report.js';
import { placeMarkdown, type LinkContext } from './links.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

/** Steps named in the job summary and the terminal; the rest are counted. */
export const UNFOLLOWED_LISTED = 10;
/** Steps named in the pull-request comment. */
export const UNFOLLOWED_IN_COMMENT = 3;

const KIND_WORDS: Record<ReportUnfollowed['kind'], string> = {
  'missing-script': 'missing script',
  'undefined-target': 'undefined target',
  'unknown-runner': 'runner not read',
  'remote-job': 'remote job',
};

function commandShort(command: string): string {
  return command.length > 120 ? `${command.slice(0, 119)}…` : command;
}

/** The headline: how many automated steps were not followed, and that ❌ there means "not seen". */
export function unfollowedHeadline(report: Report): string | undefined {
  const n = report.unfollowed.length;
  if (n === 0) return undefined;
  return `${n} automated step${n === 1 ? ' runs a command' : 's run commands'} the tool could not follow, so what ${n === 1 ? 'it does' : 'they do'} is not counted: an item shown absent or present may be met there (not seen is not proof of absence).`;
}

/** Markdown list lines, at most `max` steps named and the rest counted. */
export function unfollowedMarkdownLines(report: Report, ctx: LinkContext | undefined, max: number): string[] {
  const list = report.unfollowed;
  const lines = list.slice(0, max).map((u) => `- ${placeMarkdown(u, ctx)} ${inlineCode(commandShort(u.command))}: ${escapeMarkdown(u.reason)} (${KIND_WORDS[u.kind]})`);
  if (list.length > max) lines.push(`- and ${list.length - max} more (all in the JSON report, key \`unfollowed\`)`);
  return lines;
}

/** Terminal lines (no markup), at most `max` named and the rest counted; `clean` strips control characters. */
export function unfollowedTextLines(report: Report, clean: (s: string) => string, max = UNFOLLOWED_LISTED): string[] {
  const list = report.unfollowed;
  const lines = list.slice(0, max).map((u) => `  ${clean(u.file)}:${u.line}:${u.column}  ${clean(commandShort(u.command))}  (${KIND_WORDS[u.kind]}: ${clean(u.reason)})`);
  if (list.length > max) lines.push(`  and ${list.length - max} more (all in the JSON report, key "unfollowed")`);
  return lines;
}
