import fc from 'fast-check';
import { cellPre, escapeCell, escapeHtml, escapeMarkdown, escapeWithCode, inlineCode, link, table } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { decodeInert, splitRow } from '../helpers/gfm.js';
import { CI_YML, EVIL_NAME, EVIL_YML, repoReport } from '../helpers/reports.js';

describe('escapeMarkdown', () => {
  it.each([
    ['plain text', 'plain text'],
    ['<script>', '&lt;script&gt;'],
    ['a | b', 'a &#124; b'],
    ['[x](y)', '\\[x\\](y)'],
    ['![i](u)', '\\!\\[i\\](u)'],
    ['`code`', '\\`code\\`'],
    ['**b** _i_ ~~s~~', '\\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~'],
    ['# heading', '\\# heading'],
    ['&amp;', '&amp;amp;'],
    ['back\\slash', 'back\\\\slash'],
    ['line1\nline2\r\nline3', 'line1<br>line2<br>line3'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
    expect(decodeInert(expected)).toBe(input.replace(/\r\n?/g, '\n'));
  });

  it('turns any text into inert markdown that decodes back to it and stays in one table cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab |\\`*_[]<>#!~&();:\n'.split(''), 'é', '😀') }), (text) => {
        const md = escapeMarkdown(text);
        expect(decodeInert(md)).toBe(text);
        expect(splitRow(`| ${md} | x |`)).toEqual([md.trim(), 'x']);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every printable ASCII character through the inert decoder', () => {
    const all = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    expect(decodeInert(escapeMarkdown(all))).toBe(all);
  });
});

describe('escapeWithCode', () => {
  it.each([
    ['Run `pytest tests/e2e` on pull_request.', 'Run <code>pytest tests/e2e</code> on pull\\_request.'],
    ['Left out by `pytest -m "not slow" tests` (a.sh:6); run `pytest b_c.py`.', 'Left out by <code>pytest -m "not slow" tests</code> (a.sh:6); run <code>pytest b\\_c.py</code>.'],
    ['A lone ` stays text', 'A lone \\` stays text'],
    ['`grep a|b` <x>', '<code>grep a&#124;b</code> &lt;x&gt;'],
  ])('renders the backtick spans of %j as code and escapes the rest', (text, expected) => {
    const md = escapeWithCode(text);
    expect(md).toBe(expected);
    expect(decodeInert(md.replace(/<\/?code>/g, ''))).toBe(text.replace(/`([^`]+)`/g, '$1'));
  });
});

describe('escapeCell and inlineCode in table cells', () => {
  it.each([
    ['a | b', 1],
    ['a \\| b', 1],
    ['a \\\\| b', 1],
    ['x|y|z', 1],
  ])('keeps %j in one cell as text', (text, cells) => {
    expect(splitRow(`| ${escapeCell(text)} |`)).toHaveLength(cells);
    expect(decodeInert(splitRow(`| ${escapeCell(text)} |`)[0]!)).toBe(text);
  });

  it.each([
    ['grep a|b', '<code>grep a&#124;b</code>'],
    ['echo `date`', '<code>echo \\`date\\`</code>'],
    ['``a``', '<code>\\`\\`a\\`\\`</code>'],
    ['a\nb', '<code>a<br>b</code>'],
  ])('renders %j as inline code that survives a table cell', (text, expected) => {
    expect(inlineCode(text)).toBe(expected);
    const row = table(['A', 'B'], [[inlineCode(text), 'x']]).split('\n')[2]!;
    expect(splitRow(row)).toEqual([expected, 'x']);
  });

  it('never leaves a cell empty', () => {
    expect(escapeCell('  ')).toBe(' ');
  });

  it('keeps the lines of an example in a <pre> without raw newlines', () => {
    expect(cellPre('on:\n  push:\n    branches: [main]\n')).toBe('<pre>on:<br>  push:<br>    branches: \\[main\\]</pre>');
  });

  it('escapes the text of links and encodes parentheses and spaces in their URL', () => {
    expect(link('a_b [c]', 'https://x/y (1).py')).toBe('[a\\_b \\[c\\]](https://x/y%20%281%29.py)');
  });

  it('escapes HTML-block text with entities only', () => {
    expect(escapeHtml('a_b <i> & "q"')).toBe('a_b &lt;i&gt; &amp; &quot;q&quot;');
  });
});

describe('repository text in the job summary', () => {
  const report = repoReport({ '.github/workflows/ci.yml': CI_YML, '.github/workflows/evil.yml': EVIL_YML });
  const summary = renderSummary(report);

  it('reads the hostile workflow name from .github/workflows/evil.yml', () => {
    expect(report.workflows.find((w) => w.file === '.github/workflows/evil.yml')?.name).toBe(EVIL_NAME);
  });

  it('renders the name inert: its row keeps two cells and its text decodes back to the name', () => {
    const row = summary.split('\n').find((l) => l.includes('evil.yml'));
    expect(row).toBeDefined();
    const cells = splitRow(row!);
    expect(cells).toHaveLength(3);
    const [nameCell] = cells[0]!.split('<br>');
    expect(decodeInert(nameCell!)).toBe(EVIL_NAME);
    expect(cells[1]).toBe('GitHub Actions');
    expect(cells[2]).toBe('<code>workflow\\_dispatch</code>');
  });

  it('contains no live tag, link or image from the repository', () => {
    expect(summary).not.toMatch(/<script/i);
    expect(summary).not.toContain('[x](y)');
    expect(summary).not.toContain('![i](u)');
    expect(summary).not.toContain('`rm -rf`');
  });
});
