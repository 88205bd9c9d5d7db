/**
 * A linear pre-check of YAML text before the library parses it. Two shapes a pull request
 * can write make the parse unsafe: nesting deep enough to exhaust the stack (the library
 * then stops at a depth that depends on how warm the JIT is, and V8 can abort outright
 * while compiling a regular expression at that depth), and long lines packed with quotes
 * and flow indicators, on which the library's work grows with the square of the line, and
 * tens of thousands of entries (its work per file grows faster than their number).
 * Such a file is not parsed; a located finding says why, and the rest of the analysis runs.
 */

/** Deeper than any real workflow or config, far below the stack's limit. */
export const MAX_YAML_DEPTH = 200;
/** Σ over lines of (length × quotes and flow indicators): about a second of parsing at most. */
export const MAX_YAML_LINE_COST = 250_000_000;
/** Mapping entries, list items, flow items, anchors, aliases and tags: the parser's work grows faster than their number. */
export const MAX_YAML_ENTRIES = 20_000;

export interface YamlShapeProblem {
  line: number;
  column: number;
  message: string;
}

const SPECIAL = new Set(['"', "'", '[', ']', '{', '}', ',']);

export function checkYamlShape(text: string): YamlShapeProblem | undefined {
  const indents: number[] = [];
  let flow = 0;
  let cost = 0;
  let entries = 0;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const indent = i - start;
    if (i < end && text[i] !== '#' && text[i] !== '\r') {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    // `- - - a` and `? ? a` nest on one line.
    let compact = 0;
    while (i + 1 < end && (text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      compact++;
      i += 2;
      while (i < end && text[i] === ' ') i++;
    }
    let quote = '';
    let specials = 0;
    let deepest = flow;
    for (let k = i; k < end; k++) {
      const c = text[k]!;
      if (SPECIAL.has(c)) {
        specials++;
        if (c === ',') entries++;
      } else if ((c === ':' && (k + 1 === end || text[k + 1] === ' ')) || ((c === '&' || c === '*' || c === '!') && (k === i || text[k - 1] === ' '))) entries++;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (k === start || text[k - 1] === ' ')) break;
      else if (c === '[' || c === '{') deepest = Math.max(deepest, ++flow);
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    const depth = indents.length + compact + deepest;
    if (depth > MAX_YAML_DEPTH) {
      return { line, column: indent + 1, message: `The YAML nests deeper than ${MAX_YAML_DEPTH} levels here, so the file was not parsed (no workflow or config needs that; a parser would run out of stack). Flatten the structure.` };
    }
    entries += compact;
    if (entries > MAX_YAML_ENTRIES) {
      return { line, column: 1, message: `The YAML has more than ${MAX_YAML_ENTRIES} entries (keys, list items, flow items) by this line, far more than any workflow or config, so the file was not parsed.` };
    }
    cost += (end - start) * specials;
    if (cost > MAX_YAML_LINE_COST) {
      return { line, column: 1, message: `The YAML has lines too long and too dense in quotes and brackets to parse in reasonable time (this one is ${end - start} characters), so the file was not parsed. Split the long lines.` };
    }
    start = end + 1;
  }
  return undefined;
}
