/**
 * Just enough of GitHub's markdown reading to check that escaped text stays text:
 * the table-row splitter (cmark-gfm scans cells as (\\. | [^|])+, so `\\|` is an escaped
 * backslash followed by a boundary) and the decoding of our escapes back to plain text.
 */

/** Cells of one table row, as cmark-gfm splits it. */
export function splitRow(row: string): string[] {
  const body = row.trim().replace(/^\|/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      cell += ch + body[i + 1]!;
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell.trim() !== '') cells.push(cell.trim());
  return cells;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', '#124': '|', quot: '"' };

/**
 * Plain text of escaped markdown, failing on anything that markdown would interpret: an
 * unescaped special character, or an entity we do not produce. `<br>` is a newline, and our
 * own `<code>`…`</code>` (a backtick span of the source text) decodes back to backticks.
 */
export function decodeInert(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    const ch = md[i]!;
    if (md.startsWith('<br>', i)) {
      out += '\n';
      i += 3;
    } else if (md.startsWith('<code>', i) || md.startsWith('</code>', i)) {
      out += '`';
      i += md.startsWith('<code>', i) ? 5 : 6;
    } else if (ch === '\\') {
      out += md[++i] ?? '';
    } else if (ch === '&') {
      const m = /^&([a-z]+|#\d+);/.exec(md.slice(i));
      const decoded = m ? ENTITIES[m[1]!] : undefined;
      if (!m || decoded === undefined) throw new Error(`live "&" at ${i} in ${md}`);
      out += decoded;
      i += m[0].length - 1;
    } else if ('`*_[]<>|#!~'.includes(ch)) {
      throw new Error(`live "${ch}" at ${i} in ${md}`);
    } else {
      out += ch;
    }
  }
  return out;
}
