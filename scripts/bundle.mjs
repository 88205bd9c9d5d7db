#!/usr/bin/env node
// Bundles the action (src/index.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli.js)
// with @vercel/ncc. The output is byte-reproducible: CI rebuilds it and fails on any diff.
// The CLI imports its pipeline dynamically, so ncc splits it into chunks (dist/<id>.index.js)
// that `--version` never loads; the CLI bundle holds no @actions/* and no undici.
// Every output is written in ASCII (scripts/ascii-only.mjs). The code itself is left as ncc wrote it: not
// minified, which gained nothing measurable at start-up (ncc minifies only the entry files, and the chunks
// minified by hand gave --help 350 against 365 ms CPU, within the noise) and would make dist/ unreadable.
import ncc from '@vercel/ncc';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { asciiOnly } from './ascii-only.mjs';

const entries = [
  { src: 'src/index.ts', out: 'dist/index.js' },
  { src: 'src/cli.ts', out: 'dist/cli.js', executable: true },
];

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
for (const e of entries) {
  const { code, assets } = await ncc(join(process.cwd(), e.src), {
    target: 'es2022',
    minify: false,
    sourceMap: false,
    cache: false,
    quiet: true,
    license: '',
  });
  writeFileSync(e.out, asciiOnly(e.out, code));
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue;
    const target = join(dirname(e.out), name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, /\.m?js$/.test(name) ? asciiOnly(target, asset.source.toString('utf8')) : asset.source);
  }
  if (e.executable) chmodSync(e.out, 0o755);
}
// The bundles are ES modules; this marks dist/ as such whatever the caller's package.json says.
writeFileSync('dist/package.json', '{\n  "type": "module"\n}\n');
console.log(`bundled ${entries.map((e) => e.out).join(', ')}`);
