/**
 * JVM builds → manifest facts with lines: a Maven `pom.xml` (the project's own artifactId and
 * the coordinates of its `<dependency>` elements) and a Gradle build script (the quoted
 * `group:artifact[:version]` coordinates and `group: '…'` maps it declares). Comments are left
 * out; a dependency's line is the line of its group.
 */
import type { Manifest, ManifestValue } from '../model/manifest.js';

/** Lines of a text's offsets: the 1-based line of offset `i`, for ascending offsets. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/** A comment, CDATA, or a tag: closing slash, name, attributes (ending in `/` when self-closing); never across a `<`, so a hostile text is read in one pass. */
const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<(\/?)([A-Za-z_][\w.:-]*)([^<>]*)>/g;

/**
 * pom.xml: `project > artifactId` is the name; each `dependency` (under `dependencies` or
 * `dependencyManagement`, never an `exclusion`) gives `groupId:artifactId` at its groupId's line.
 */
export function readPom(m: Manifest, text: string): Manifest {
  const lineAt = lineCounter(text);
  const stack: string[] = [];
  let dep: { group?: ManifestValue; artifact?: string } | undefined;
  let textFrom = -1;
  for (const t of text.matchAll(TAG)) {
    const [whole, closing, name, attributes] = t;
    if (name === undefined) continue; // a comment or CDATA
    if (closing === '') {
      if (attributes!.endsWith('/')) continue;
      stack.push(name);
      textFrom = t.index + whole.length;
      if (name === 'dependency' && !stack.includes('exclusions')) dep = {};
      continue;
    }
    const open = stack.lastIndexOf(name);
    if (open < 0) continue; // a stray closing tag
    const value = textFrom >= 0 && open === stack.length - 1 ? text.slice(textFrom, t.index).trim() : undefined;
    const parent = stack[open - 1];
    if (value !== undefined && value !== '' && !value.includes('<')) {
      if (name === 'artifactId' && parent === 'project' && open === 1 && m.name === undefined) m.name = { value, line: lineAt(textFrom) };
      if (dep && parent === 'dependency') {
        if (name === 'groupId') dep.group = { value, line: lineAt(textFrom) };
        if (name === 'artifactId') dep.artifact = value;
      }
    }
    if (name === 'dependency' && dep && !stack.slice(0, open).includes('exclusions')) {
      if (dep.group) m.dependencies.push({ value: dep.artifact !== undefined ? `${dep.group.value}:${dep.artifact}` : dep.group.value, line: dep.group.line });
      dep = undefined;
    }
    stack.length = open;
    textFrom = -1;
  }
  return m;
}

/** Block and line comments of a Groovy or Kotlin script, blanked with their newlines kept (strings are kept whole). */
function blankComments(text: string): string {
  return text.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*/g, (whole, str: string | undefined) => (str !== undefined ? whole : whole.replace(/[^\n]/g, ' ')));
}

const COORDINATE = /["']([A-Za-z0-9_][\w.-]*:[A-Za-z0-9_][\w.-]*)(?::[^"'\s]*)?["']|\bgroup\s*[:=]\s*["']([A-Za-z0-9_][\w.-]*)["'](?:\s*,\s*(?:name|module)\s*[:=]\s*["']([\w.-]+)["'])?/g;

/** build.gradle(.kts): each dependency coordinate, `group:artifact` (version left out), at its line. */
export function readGradle(m: Manifest, text: string): Manifest {
  const code = blankComments(text);
  const lineAt = lineCounter(code);
  for (const c of code.matchAll(COORDINATE)) {
    const value = c[1] ?? (c[3] !== undefined ? `${c[2]!}:${c[3]}` : c[2]!);
    m.dependencies.push({ value, line: lineAt(c.index) });
  }
  return m;
}
