/**
 * Links from a report to the lines it cites. With a LinkContext (the caller reads it from
 * GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA), a place becomes
 * `{server}/{repo}/blob/{sha}/{file}#L{line}`; without one, it stays `file:line` text.
 */
import { escapeWrapping, link, PLACE_RUN, wrappingCode } from './markdown.js';

export interface LinkContext {
  /** e.g. https://github.com */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** The commit the report was made for. */
  sha: string;
  /** The analysed folder inside the repository when it is not the root (`path` input), e.g. `services/ml`. */
  pathPrefix?: string;
}

/** A place in the repository, as evidence and findings carry it. */
export interface Place {
  file: string;
  line: number;
}

/**
 * The context from environment variables as GitHub Actions sets them, or undefined when
 * any of them is missing (a local run). Pure: the caller passes `process.env`.
 */
export function linkContextFrom(env: Readonly<Record<string, string | undefined>>): LinkContext | undefined {
  const serverUrl = env['GITHUB_SERVER_URL']?.trim();
  const repository = env['GITHUB_REPOSITORY']?.trim();
  const sha = env['GITHUB_SHA']?.trim();
  if (!serverUrl || !repository || !sha) return undefined;
  return { serverUrl, repository, sha };
}

/** Percent-encodes each segment of a slash-separated path (so `#`, `?`, `%`, spaces and brackets are safe). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** Whether the place names a file (findings about the repository as a whole use "."). */
function isFile(place: Place): boolean {
  return !/^[./]*$/.test(place.file);
}

/** `file:line`, or the file alone when the line is unknown (0). */
export function placeText(place: Place): string {
  if (!isFile(place)) return 'the repository';
  return place.line > 0 ? `${place.file}:${place.line}` : place.file;
}

/** The URL of a place, or undefined when there is no context or no file. */
export function placeUrl(place: Place, ctx: LinkContext | undefined): string | undefined {
  if (ctx === undefined || !isFile(place)) return undefined;
  const server = ctx.serverUrl.replace(/\/+$/, '');
  const anchor = place.line > 0 ? `#L${place.line}` : '';
  const file = ctx.pathPrefix ? `${ctx.pathPrefix}/${place.file}` : place.file;
  return `${server}/${encodePath(ctx.repository)}/blob/${encodePath(ctx.sha)}/${encodePath(file)}${anchor}`;
}

/** Markdown for a place: a link with `file:line` as its text, or the escaped text alone. */
export function placeMarkdown(place: Place, ctx: LinkContext | undefined): string {
  const url = placeUrl(place, ctx);
  return url === undefined ? escapeWrapping(placeText(place), PLACE_RUN) : link(placeText(place), url, true);
}

/**
 * A place the tool's own sentences cite: `at .github/workflows/ci.yml:33`, `from Makefile:12`,
 * or a path with a folder or an extension opening the text or a bracket (`requirements.txt:2 depends on …`).
 */
export const CITED_PLACE = /(\b(?:at|from) |^|\()((?:[\w.@+-]+\/)*[\w.@+-]+):(\d+)\b/g;

/** The places a sentence cites, as `{ file, line }`. */
export function citedPlaces(text: string): Place[] {
  const out: Place[] = [];
  for (const m of text.matchAll(CITED_PLACE)) if (isCited(m)) out.push({ file: m[2]!, line: Number(m[3]) });
  return out;
}

/** After "at"/"from" any path; at the start or after "(" only one with a folder or an extension. */
function isCited(m: RegExpMatchArray): boolean {
  return /^(at|from) $/.test(m[1]!) || /[./]/.test(m[2]!.replace(/^\.+/, ''));
}

/** Plain (non-code) text with every cited place turned into a link when there is a context. */
function linkCitedPlaces(text: string, ctx: LinkContext | undefined): string {
  if (ctx === undefined) return escapeWrapping(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CITED_PLACE)) {
    if (!isCited(m)) continue;
    const start = m.index + m[1]!.length;
    out += escapeWrapping(text.slice(last, start)) + placeMarkdown({ file: m[2]!, line: Number(m[3]) }, ctx);
    last = start + m[2]!.length + 1 + m[3]!.length;
  }
  return out + escapeWrapping(text.slice(last));
}

/**
 * Text from a check (a reason, an evidence message, a provenance such as `run by \`pytest\`
 * at ci.yml:33`): backtick spans render as code that can wrap, cited places become links.
 */
export function textWithPlaces(text: string, ctx: LinkContext | undefined): string {
  return text
    .split(/`([^`\n]+)`/)
    .map((part, i) => (i % 2 === 1 ? wrappingCode(part) : linkCitedPlaces(part, ctx)))
    .join('');
}
