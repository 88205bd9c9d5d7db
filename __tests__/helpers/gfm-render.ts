/**
 * GitHub-like rendering for tests: markdown-it with GFM tables, autolinks and raw HTML, then an
 * allowlist sanitiser close to GitHub's (html-pipeline's): what a reader would see. Plus
 * measures of the result: visible text of table cells, the narrowest width a table can take,
 * and the `file:line` places left unlinked.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** The elements GitHub keeps in rendered markdown (style and class attributes are dropped). */
const GITHUB_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'b', 'i', 'strong', 'em', 'a', 'pre', 'code', 'img', 'tt', 'div', 'ins', 'del', 'sup', 'sub', 'p', 'ol', 'ul',
  'table', 'thead', 'tbody', 'tfoot', 'blockquote', 'dl', 'dt', 'dd', 'kbd', 'q', 'samp', 'var', 'hr', 'ruby', 'rt', 'rp', 'li', 'tr', 'td', 'th', 's',
  'strike', 'summary', 'details', 'caption', 'figure', 'figcaption', 'abbr', 'bdo', 'cite', 'dfn', 'mark', 'small', 'span', 'time', 'wbr',
];

export type Surface = 'summary' | 'comment';

/** Job summaries read a newline as a space; comments (and issue bodies) as a line break. */
export function renderGfm(md: string, surface: Surface = 'summary'): string {
  const it = new MarkdownIt({ html: true, linkify: true, breaks: surface === 'comment' });
  return sanitizeHtml(it.render(md), {
    allowedTags: GITHUB_TAGS,
    allowedAttributes: { a: ['href'], img: ['src', 'alt'], td: ['align'], th: ['align'], details: ['open'] },
    allowedSchemes: ['http', 'https', 'mailto'],
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#124': '|', nbsp: ' ' };

/** The text a reader sees in an HTML fragment; `<br>` and `<wbr>` become spaces (places a line may break). */
export function visibleText(html: string): string {
  return html
    .replace(/<w?br\s*\/?>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : m));
}

export interface RenderedTable {
  head: string[];
  rows: string[][];
}

/** Cells (inner HTML) of every table of the rendered HTML, nested details included. */
export function tablesOf(html: string): RenderedTable[] {
  const tables: RenderedTable[] = [];
  for (const t of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    const rows = [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!));
    tables.push({ head: rows[0] ?? [], rows: rows.slice(1) });
  }
  return tables;
}

/** Visible width of a string in "characters": emoji and other wide symbols count as two. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /\p{Extended_Pictographic}/u.test(ch) ? 2 : 1;
  return n;
}

/** The longest run a line cannot break inside (split at spaces and at `<br>`/`<wbr>`). */
export function longestRun(cellHtml: string): number {
  return Math.max(0, ...visibleText(cellHtml).split(/\s+/).map(width));
}

/**
 * The narrowest a table can be, in pixels, as a browser lays it out: each column is at least its
 * longest unbreakable run (about 8 px a character in GitHub's 14 px font, 8.5 in code) plus 26 px
 * of cell padding and border.
 */
export function minTableWidth(table: RenderedTable): number {
  const all = [table.head, ...table.rows];
  const columns = Math.max(0, ...all.map((r) => r.length));
  let total = 0;
  for (let c = 0; c < columns; c++) total += Math.max(0, ...all.map((r) => longestRun(r[c] ?? ''))) * 8.5 + 26;
  return total;
}

/** `file:line` places in the visible text that are not inside a link. */
export function unlinkedPlaces(html: string): string[] {
  const outside = html.replace(/<a [^>]*>[\s\S]*?<\/a>/g, ' ').replace(/<pre>[\s\S]*?<\/pre>/g, ' ');
  return [...visibleText(outside).matchAll(/(?:^|[\s(])((?:[\w.-]+\/)*[\w-]+\.[A-Za-z]\w*:\d+)\b/g)].map((m) => m[1]!);
}
