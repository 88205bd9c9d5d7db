/** Positions found by searching raw text, for formats whose parser gives none. To be retired behind typed readers (issue 7). */
/** The 1-based line of the first match of `re` in `text` (1 when none). */
export function lineOf(text: string, re: RegExp): number | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  let line = 1;
  for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
