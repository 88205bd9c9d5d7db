/**
 * Markdown building blocks for text that comes from the repository (workflow names, paths,
 * commands, messages): everything is escaped so it renders as the literal text and cannot
 * open a link, an image, emphasis, a heading, an HTML tag or a new table cell.
 *
 * Why entities for `< > & |` and backslashes for the rest: GitHub splits a table row on
 * `|` before any inline parsing, and its splitter reads `\\|` as an escaped backslash
 * followed by a cell boundary, so a backslash-escaped pipe cannot follow a literal
 * backslash. `&#124;` is never seen by the splitter. `&lt;`/`&gt;`/`&amp;` cannot start
 * a tag or an entity. Code is rendered as `<code>` around the same escaped text for the
 * same reason: a backtick code span keeps backslashes literally, so it cannot hold `\|`
 * inside a table cell.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;' };

/** Every character markdown gives a meaning to, with its inert form. */
const ESCAPES: Record<string, string> = { ...ENTITIES, '\n': '<br>' };
for (const ch of '\\`*_[]#!~') ESCAPES[ch] = `\\${ch}`;
const SPECIAL = /[&<>|\n\\`*_[\]#!~]/g;

/** Escapes repository text for markdown; newlines become `<br>`. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(SPECIAL, (ch) => ESCAPES[ch] ?? ch);
}

/** Text inside an HTML block (where markdown escapes would show): only `& < > "` are special. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '"' ? '&quot;' : ENTITIES[c]!));
}

/** Text for a table cell: escaped, one line, never empty (an empty cell can shift columns in some renderers). */
export function escapeCell(text: string): string {
  const escaped = escapeMarkdown(text.trim());
  return escaped === '' ? ' ' : escaped;
}

/** Inline code that survives backticks, pipes and newlines, in a table cell or in running text. */
export function inlineCode(text: string): string {
  return `<code>${defuseAutolinks(escapeMarkdown(text))}</code>`;
}

/**
 * GitHub turns `http://…` and `www.…` into links even inside `<code>` (the tags split the text,
 * the autolinker reads each piece): a `<wbr>` inside the prefix keeps code as code.
 */
export function defuseAutolinks(escaped: string): string {
  return escaped.replace(/:\/\//g, ':<wbr>//').replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}<wbr>.`);
}

/** Text whose `backtick spans` (commands in messages and remediations) render as code; the rest is escaped. */
export function escapeWithCode(text: string): string {
  return text
    .split(/`([^`\n]+)`/)
    .map((part, i) => (i % 2 === 1 ? inlineCode(part) : escapeMarkdown(part)))
    .join('');
}

/** A table cell whose `backtick spans` render as code. */
export function cellWithCode(text: string): string {
  const escaped = escapeWithCode(text.trim());
  return escaped === '' ? ' ' : escaped;
}

/** A block of code (an example) inside a table cell: lines kept, indentation kept by `<pre>`. */
export function cellPre(text: string): string {
  return `<pre>${escapeMarkdown(text.replace(/\n+$/, ''))}</pre>`;
}

const URL_UNSAFE: Record<string, string> = { '(': '%28', ')': '%29', '<': '%3C', '>': '%3E', ' ': '%20' };

/** A link whose text is escaped; the URL must already be percent-encoded (see links.ts). `wrap`: long text can break. */
export function link(text: string, url: string, wrap = false): string {
  const shown = wrap ? breakPieces(text, PLACE_RUN).map(escapeMarkdown).join('<wbr>') : escapeMarkdown(text);
  return `[${shown}](${url.replace(/[()\s<>]/g, (c) => URL_UNSAFE[c] ?? encodeURIComponent(c))})`;
}

/** A GitHub-flavoured table: the cells must already be escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [tableHead(header), ...rows.map(tableRow)].join('\n');
}

export function tableHead(header: readonly string[]): string {
  return `${tableRow(header)}\n${tableRow(header.map(() => '---'))}`;
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A collapsed block for a table cell (inline context): `summary` is escaped here, `body` is inline markdown. */
export function details(summary: string, body: string): string {
  return `<details><summary>${escapeMarkdown(summary)}</summary>${body}</details>`;
}

/** Runs of non-space characters longer than this get break opportunities. */
const LONG_RUN = 24;
const BREAK_AFTER = /[/.,_\-:=&?;)\]}]/;
/** A `file:line` place breaks only when longer than this (most paths read better whole). */
export const PLACE_RUN = 48;

/**
 * Splits a long run of non-space text (a path, a URL, a command with no spaces) into pieces
 * after punctuation (or every LONG_RUN characters), so that a table cell can wrap it: GitHub
 * strips style attributes, but keeps `<wbr>`.
 */
export function breakPieces(text: string, longRun = LONG_RUN): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const token of text.split(/(\s+)/)) {
    if (token.length <= longRun) {
      piece += token;
      continue;
    }
    let run = 0;
    for (const ch of token) {
      piece += ch;
      run += 1;
      if (run >= 8 && (BREAK_AFTER.test(ch) || run >= longRun)) {
        pieces.push(piece);
        piece = '';
        run = 0;
      }
    }
  }
  if (piece !== '' || pieces.length === 0) pieces.push(piece);
  return pieces;
}

/** escapeMarkdown, with `<wbr>` break opportunities inside long unbroken runs. */
export function escapeWrapping(text: string, longRun = LONG_RUN): string {
  return breakPieces(text.replace(/\r\n?/g, '\n'), longRun).map(escapeMarkdown).join('<wbr>');
}

/** Inline code that wraps inside long unbroken runs (for table cells). */
export function wrappingCode(text: string): string {
  return `<code>${defuseAutolinks(escapeWrapping(text))}</code>`;
}

/** Text whose `backtick spans` render as code that can wrap; the rest is escaped and can wrap too. */
export function wrapWithCode(text: string): string {
  return text
    .split(/`([^`\n]+)`/)
    .map((part, i) => (i % 2 === 1 ? wrappingCode(part) : escapeWrapping(part)))
    .join('');
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
