// The bundles are written in ASCII: the few characters above it (→, …, ✅ in messages and comments)
// become \u escapes, so Node decodes each file as one-byte text (a file with one non-ASCII character
// decodes to a two-byte string) and V8 scans a one-byte source. At start-up the CLI decodes 2 MB of
// chunks: `decode` 27 → 14 ms (medians of 5 CPU profiles of `node dist/cli.js --help`).
import ts from 'typescript';

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The text with every non-ASCII UTF-16 unit written as `\uXXXX`. That keeps the meaning of strings,
 * untagged templates, regular expressions (an escaped surrogate pair is one code point under the u flag),
 * identifiers and comments; only a tagged template's raw text would change (`String.raw`), and a
 * character after a backslash (`\\→` would become a backslash and "u2192"), so the bundle fails on those.
 */
export function asciiOnly(file, code) {
  if (!NON_ASCII.test(code)) return code;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && NON_ASCII.test(code.slice(node.template.pos, node.template.end))) {
      const { line } = source.getLineAndCharacterOfPosition(node.template.getStart(source));
      throw new Error(`${file}:${line + 1}: a tagged template holds a non-ASCII character, whose escape would change its raw text; write it as an escape in the source.`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const escaped = /\\[\u0080-\uffff]/.exec(code);
  if (escaped) throw new Error(`${file}:${code.slice(0, escaped.index).split('\n').length}: a non-ASCII character follows a backslash; write it as an escape in the source.`);
  return code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
