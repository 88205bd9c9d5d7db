/**
 * The CLI never loads @actions/* (and with it undici): they cost start-up time and memory on
 * every run and are only for the action's face. A value import of `inputs.ts` from the CLI's
 * side brought @actions/core back once; this follows the CLI's imports from `src/cli.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** The modules a file imports at run time (type-only imports are erased), as written. */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gms)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of valueImports(f)) {
      if (spec.startsWith('.')) todo.push(path.resolve(path.dirname(f), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('the CLI bundle', () => {
  it('imports no @actions/* package, directly or through a module it loads', () => {
    const { files, packages } = reach(path.join(src, 'cli.ts'));
    expect(files.size).toBeGreaterThan(50);
    expect([...packages].filter((p) => p.startsWith('@actions/'))).toEqual([]);
    expect([...files].map((f) => path.relative(src, f))).not.toContain('inputs.ts');
  });

  it('sees the import that would bring @actions/core in (the action side does)', () => {
    expect([...reach(path.join(src, 'main.ts')).packages]).toContain('@actions/core');
  });
});
