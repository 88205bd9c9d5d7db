/**
 * The CLI bundle (dist/cli.js and its chunks) as `npx` runs it. The formats other than json,
 * compare, --base, --history and --github are imported only when asked, so ncc puts them in
 * chunks of their own: a json run must work with those chunks absent, and each format must still
 * render from the bundle.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../helpers/project.js';
import { EXAMPLE } from '../helpers/runner.js';

const DIST = path.join(PROJECT_ROOT, 'dist');

function run(cli: string, args: string[]): string {
  try {
    return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err: unknown) {
    // Exit 1 (below a threshold) still prints the report.
    const e = err as { status?: number; stdout?: string };
    if (e.status === 1 && e.stdout) return e.stdout;
    throw err;
  }
}

describe('dist/cli.js', () => {
  it('runs --format json with only the chunks its pipeline import names', () => {
    const cliText = fs.readFileSync(path.join(DIST, 'cli.js'), 'utf8');
    const line = cliText.split('\n').find((l) => l.includes('runCli'));
    const chunks = [...(line ?? '').matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((m) => `${m[1]}.index.js`);
    expect(chunks.length).toBeGreaterThan(0);
    const all = fs.readdirSync(DIST).filter((f) => /^\d+\.index\.js$/.test(f));
    // The lazily imported parts are in other chunks: were they not, this would test nothing.
    expect(all.length).toBeGreaterThan(chunks.length);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-bundle-'));
    try {
      for (const f of ['cli.js', 'package.json', ...chunks]) fs.copyFileSync(path.join(DIST, f), path.join(dir, f));
      const alone = run(path.join(dir, 'cli.js'), [EXAMPLE, '--format', 'json']);
      expect(alone).toBe(run(path.join(DIST, 'cli.js'), [EXAMPLE, '--format', 'json']));
      expect(JSON.parse(alone).items.length).toBeGreaterThan(0);
      // And a format that needs another chunk fails there, so the copy did leave something out.
      expect(() => execFileSync(process.execPath, [path.join(dir, 'cli.js'), EXAMPLE, '--format', 'sarif'], { stdio: 'pipe' })).toThrow(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders text, markdown and sarif from their own chunks', () => {
    const cli = path.join(DIST, 'cli.js');
    expect(run(cli, [EXAMPLE, '--format', 'text', '--no-color'])).toMatch(/^mlops-ci-check \d+\.\d+\.\d+ · .*\nScore \d+\/100/);
    expect(run(cli, [EXAMPLE, '--format', 'markdown'])).toMatch(/^#+ /m);
    expect(JSON.parse(run(cli, [EXAMPLE, '--format', 'sarif'])).version).toBe('2.1.0');
  });
});
