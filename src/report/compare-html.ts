/**
 * The comparison as one self-contained HTML file: inline CSS, the figures as inline SVG,
 * the tables behind them. No script, no external URL: it opens offline and in a sandboxed
 * artifact viewer. Pure: takes the SVG already rendered.
 */
import type { Comparison } from '../model/comparison.js';
import type { Figure } from '../compare/figures.js';

export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd}
figure{margin:1rem 0;overflow-x:auto}figcaption{color:#555;font-size:.9rem;margin-top:.4rem}
table{border-collapse:collapse;font-size:.85rem;margin:.8rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
th{background:#f5f5f5}details{margin:.5rem 0}.note{color:#555}`;

function table(t: Figure['table']): string {
  const head = `<tr>${t.head.map((h) => `<th>${escapeHtmlText(h)}</th>`).join('')}</tr>`;
  const rows = t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtmlText(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n${head}\n${rows}\n</table>`;
}

/** Vega writes namespace declarations (not links); anything else that looks like a URL is removed. */
function cleanSvg(svg: string): string {
  return svg.replace(/\s(?:xlink:)?href="(?!#)[^"]*"/g, '');
}

export function renderCompareHtml(c: Comparison, figures: readonly { figure: Figure; svg: string }[], notes: readonly string[] = []): string {
  const names = c.repositories.map((r) => r.name);
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtmlText(`CI comparison: ${names.join(', ')}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>CI comparison of ${names.length} repositor${names.length === 1 ? 'y' : 'ies'}</h1>`,
    `<p class="note">Made by ${escapeHtmlText(c.tool.name)} ${escapeHtmlText(c.tool.version)} from: ${names.map((n, i) => `${escapeHtmlText(n)} (${escapeHtmlText(c.repositories[i]!.source)})`).join('; ')}.</p>`,
    ...notes.map((n) => `<p class="note">${escapeHtmlText(n)}</p>`),
  ];
  for (const { figure, svg } of figures) {
    parts.push(
      `<section id="${figure.id}">`,
      `<h2>${escapeHtmlText(figure.title)}</h2>`,
      `<figure>${cleanSvg(svg)}<figcaption>${escapeHtmlText(figure.caption)}</figcaption></figure>`,
      `<details><summary>Table</summary>\n${table(figure.table)}\n</details>`,
      '</section>',
    );
  }
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}
