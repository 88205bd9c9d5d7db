#!/usr/bin/env -S npx tsx
// Screenshots of the job summary and the pull-request comment as GitHub renders them, for the
// README: markdown-it + a GitHub-like sanitiser (the tests' renderer) + github-markdown-css, in
// a 1000 px summary box and a 900 px comment box, shot by headless Chromium. Two repositories:
// examples/ml-app, and a pull request (built with git at run time) that removes its test step.
//
//   npm run screenshots            (needs `chromium`: apt-get install -y chromium)
//
// Writes docs/screenshots/{summary,comment}-{ml-app,pr-removes-tests}.png. Nothing is fetched.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEngine } from '../src/engine.ts';
import { analyzeBase, withBase } from '../src/baseline/base.ts';
import { renderSummary } from '../src/report/summary.ts';
import { renderPrComment } from '../src/report/pr-comment.ts';
import { renderGfm } from '../__tests__/helpers/gfm-render.ts';
import { cleanScenarios, prScenario, SCENARIOS } from '../__tests__/helpers/git-scenario.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs', 'screenshots');
const CSS = fs.readFileSync(path.join(ROOT, 'node_modules/github-markdown-css/github-markdown-light.css'), 'utf8');
const LINKS = { serverUrl: 'https://github.com', repository: 'acme/churn-model', sha: '3f9c2d1e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d' };
const RUN = { serverUrl: 'https://github.com', repository: 'acme/churn-model', runId: '4242' };
const CHROMIUM = process.env.CHROMIUM ?? 'chromium';
/** The viewport: a 1040 px window holds a 1000 px job-summary box, as the review measured. */
const WINDOW = 1040;
/** Height of one screen, as the review measured length. */
const SCREEN = 900;

function page(title, body, width, surface) {
  const frame =
    surface === 'comment'
      ? `<div class="comment"><div class="head"><b>github-actions</b> <span class="bot">bot</span> commented</div><div class="markdown-body">${body}</div></div>`
      : `<div class="summary"><div class="head">check summary</div><div class="markdown-body">${body}</div></div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}
body { margin: 0; padding: 20px; background: #f6f8fa; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.summary, .comment { width: ${width}px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; box-sizing: border-box; }
.head { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; font-size: 14px; color: #59636e; border-radius: 6px 6px 0 0; }
.bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 6px; font-size: 12px; }
.markdown-body { padding: 16px 24px; font-size: 14px; }
</style></head><body>${frame}
<script>window.addEventListener('load', () => { document.title = String(Math.ceil(document.querySelector('.summary, .comment').getBoundingClientRect().bottom) + 20); });</script>
</body></html>`;
}

function chromium(args) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-shot-profile-'));
  try {
    return execFileSync(
      CHROMIUM,
      ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profile}`, ...args],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Shoots `html` whole (its own height, at most `maxScreens` screens). */
function shoot(name, html, maxScreens) {
  const file = path.join(os.tmpdir(), `mlops-shot-${name}.html`);
  fs.writeFileSync(file, html);
  const url = `file://${file}`;
  const dom = chromium([`--window-size=${WINDOW},${SCREEN}`, '--dump-dom', url]);
  const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? SCREEN);
  const h = Math.min(height, SCREEN * maxScreens);
  const png = path.join(OUT, `${name}.png`);
  chromium([`--window-size=${WINDOW},${h}`, `--screenshot=${png}`, url]);
  fs.rmSync(file);
  console.log(`${path.relative(ROOT, png)}: ${WINDOW}×${h} px (page ${height} px, ${(height / SCREEN).toFixed(1)} screens)`);
}

fs.mkdirSync(OUT, { recursive: true });
const example = runEngine(path.join(ROOT, 'examples/ml-app'), { displayPath: '.' }).report;
const s = prScenario(SCENARIOS.removesTests);
const head = runEngine(s.dir, { displayPath: '.' });
const pr = withBase({ ...head.report, commit: { sha: s.head } }, analyzeBase(s.dir, head, { rev: s.base, ref: 'main' }, { displayPath: '.' }));

for (const [name, report] of [
  ['ml-app', example],
  ['pr-removes-tests', pr],
]) {
  shoot(`summary-${name}`, page(`summary ${name}`, renderGfm(renderSummary(report, { links: LINKS }), 'summary'), 1000, 'summary'), 1);
  const comment = renderPrComment(report, { links: LINKS, run: RUN });
  shoot(`comment-${name}`, page(`comment ${name}`, renderGfm(comment, 'comment'), 900, 'comment'), 2);
}
cleanScenarios();
