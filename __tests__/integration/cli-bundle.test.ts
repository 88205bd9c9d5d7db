/**
 * The CLI bundle (dist/cli.js and its chunks) as `npx` runs it. The formats other than json,
 * compare, --base, --history and --github are imported only when asked, so ncc puts them in
 * chunks of their own: a json run must work with those chunks absent, and each format must still
 * render from the bundle. On a Node with a module compile cache, the CLI turns it on.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import nodeModule from 'node:module';
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
    // The line of the pipeline's import (a comment may name runCli too).
    const line = cliText.split('\n').find((l) => l.includes('runCli') && l.includes('__nccwpck_require__.e('));
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

  it('stops quietly, with the exit code of the run, when its reader closes the pipe (`| head`)', async () => {
    const child = spawn(process.execPath, [path.join(DIST, 'cli.js'), EXAMPLE, '--format', 'json', '--min-score', '99'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at |Error/);
    expect(code).toBe(1);
    // A whole run of dist/cli.js, awaited: about 1.4 s alone, 2.4 s in the full suite with both cores busy, too near Jest's 5 s.
  }, 30_000);

  it('renders text, markdown and sarif from their own chunks', () => {
    const cli = path.join(DIST, 'cli.js');
    expect(run(cli, [EXAMPLE, '--format', 'text', '--no-color'])).toMatch(/^mlops-ci-check \d+\.\d+\.\d+ · .*\nScore \d+\/100/);
    expect(run(cli, [EXAMPLE, '--format', 'markdown'])).toMatch(/^#+ /m);
    expect(JSON.parse(run(cli, [EXAMPLE, '--format', 'sarif'])).version).toBe('2.1.0');
  });

  // Node 20 has no compile cache: there the CLI runs without one and writes nothing.
  const withCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
  it(`${withCache ? 'keeps' : 'cannot keep (this Node has no compile cache)'} compiled code in TMPDIR/node-compile-cache, never when NODE_DISABLE_COMPILE_CACHE is set or it only prints its version`, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-cache-'));
    try {
      const env = { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined };
      const cacheFiles = () => (fs.existsSync(path.join(tmp, 'node-compile-cache')) ? fs.readdirSync(path.join(tmp, 'node-compile-cache'), { recursive: true }) : []);
      const cli = path.join(DIST, 'cli.js');
      execFileSync(process.execPath, [cli, '--version'], { env, stdio: 'pipe' });
      execFileSync(process.execPath, [cli, '--help'], { env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' }, stdio: 'pipe' });
      expect(cacheFiles()).toEqual([]);
      execFileSync(process.execPath, [cli, '--help'], { env, stdio: 'pipe' });
      // A folder per Node version, a file per loaded chunk.
      expect(cacheFiles().length > 2).toBe(withCache);
      if (!withCache) expect(cacheFiles()).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
