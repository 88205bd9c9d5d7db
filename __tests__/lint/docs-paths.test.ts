/**
 * docs/architecture.md, CONTRIBUTING.md and the README's "How it works" name the code's files
 * and folders: each one they name exists, so the documents cannot drift from a move or a rename.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function listFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? [`${rel}/`, ...listFiles(rel)] : [rel];
  });
}

const known = [...listFiles('src'), ...listFiles('__tests__').filter((p) => !p.includes('__fixtures__') && !p.includes('__goldens__')), ...listFiles('scripts')];

/** CONTRIBUTING's worked example of adding an item: files that exist only in that example. */
const EXAMPLE_ITEM = /(^|\/)model-card(\.test)?\.ts$/;

/** The code paths a text names in backticks (`parse/manifests.ts`, `src/baseline/`), placeholders and globs left out. */
function namedPaths(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/`([\w./-]+(?:\.ts|\/))`/g)) {
    const p = m[1]!;
    if (p.startsWith('../') || p.startsWith('.github') || p === '/' || EXAMPLE_ITEM.test(p)) continue;
    out.add(p);
  }
  return [...out];
}

function exists(p: string): boolean {
  if (fs.existsSync(path.join(root, p))) return true;
  const tail = p.replace(/^\.\//, '');
  return known.some((k) => k === `src/${tail}` || k.endsWith(`/${tail}`));
}

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const howItWorks = readme.slice(readme.indexOf('## How it works'), readme.indexOf('\n## ', readme.indexOf('## How it works') + 1));

describe.each([
  ['docs/architecture.md', fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8')],
  ['CONTRIBUTING.md', fs.readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8')],
  ['README.md (How it works)', howItWorks],
])('%s', (_name, text) => {
  const named = namedPaths(text);
  it('names code paths', () => {
    expect(named.length).toBeGreaterThan(5);
  });
  it.each(named)('%s exists', (p) => {
    expect(exists(p)).toBe(true);
  });
});
