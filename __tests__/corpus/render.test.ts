/**
 * Corpus tier: the summary and the comment of every corpus repository, as GitHub renders them
 * (markdown-it + a GitHub-like sanitiser): no literal backticks, no split cells, no table wider
 * than the page, every place a link. Real repositories bring the long commands and paths.
 */
import { runEngine } from '../../src/engine.js';
import type { LinkContext } from '../../src/report/links.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { corpusRepo, corpusRepos } from '../helpers/corpus.js';
import { minTableWidth, renderGfm, tablesOf, unlinkedPlaces, visibleText } from '../helpers/gfm-render.js';

const LINKS: LinkContext = { serverUrl: 'https://github.com', repository: 'acme/repo', sha: 'abc123' };

describe.each(corpusRepos())('the summary and the comment of %s, as GitHub renders them', (name) => {
  const report = { ...runEngine(corpusRepo(name), { displayPath: '.' }).report, path: '.' };
  const surfaces = [
    ['summary', renderGfm(renderSummary(report, { links: LINKS }), 'summary')],
    ['comment', renderGfm(renderPrComment(report, { links: LINKS }), 'comment')],
  ] as const;

  it.each(surfaces)('%s: no literal backtick, every row as wide as its head, no table over 1000 px, every place a link', (_surface, html) => {
    expect(visibleText(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''))).not.toContain('`');
    for (const t of tablesOf(html)) for (const row of t.rows) expect(row).toHaveLength(t.head.length);
    expect(tablesOf(html).map(minTableWidth).filter((w) => w > 1000)).toEqual([]);
    expect(unlinkedPlaces(html)).toEqual([]);
  });
});
