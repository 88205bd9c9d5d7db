/** Positions found by searching raw text, for formats whose parser gives none: only the readers of parse/ use it (manifests, tool statements); checks ask the analysis for parsed facts. */
/** The 1-based line of the first match of `re` in `text` (undefined when none). */
export function lineOf(text: string, re: RegExp): number | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  let line = 1;
  for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
