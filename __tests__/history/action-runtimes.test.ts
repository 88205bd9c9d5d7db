import { parseActionRef } from '../../src/history/action-runtimes.js';
import { retiredActionFindings } from '../../src/history/findings.js';

const at = (value: string) => ({ file: '.github/workflows/ci.yml', uses: { value, pos: { line: 9, column: 15 } } });

describe('retired action majors', () => {
  it.each([
    ['actions/checkout@v1', 'warning', 'Node 12', 'actions/checkout@v5'],
    ['actions/checkout@v3.5.2', 'warning', 'Node 16', 'actions/checkout@v5'],
    ['actions/checkout@v4', 'notice', 'Node 20', 'actions/checkout@v5'],
    ['actions/setup-node@v3', 'warning', 'Node 16', 'actions/setup-node@v5'],
    ['actions/setup-python@v4', 'warning', 'Node 16', 'actions/setup-python@v6'],
    ['actions/cache@v2', 'warning', 'legacy cache service', 'actions/cache@v5'],
    ['actions/upload-artifact@v3', 'warning', 'stopped working on 30 January 2025', 'actions/upload-artifact@v6'],
    ['actions/download-artifact@v4', 'notice', 'Node 20', 'actions/download-artifact@v7'],
    ['github/codeql-action/analyze@v1', 'warning', '18 January 2023', 'github/codeql-action/analyze@v4'],
    ['github/codeql-action/upload-sarif@v3', 'warning', 'December 2026', 'github/codeql-action/upload-sarif@v4'],
    ['Actions/Checkout@v2', 'warning', 'Node 12', 'Actions/Checkout@v5'],
  ])('%s is a %s naming %s, moving to %s', (uses, severity, words, target) => {
    const [f] = retiredActionFindings([at(uses)]);
    expect(f).toMatchObject({ severity, file: '.github/workflows/ci.yml', line: 9, column: 15, check: 'action-runtime' });
    expect(f!.message).toContain(words);
    expect(f!.message).toContain(`Move to "${target}"`);
  });

  it.each(['actions/checkout@v5', 'actions/checkout@v6', 'actions/checkout@main', 'actions/checkout@8f4b7f84864484a7bf31766abe9204da3cbe65b3', './.github/actions/setup', 'docker://alpine:3', 'someone/checkout@v2', 'github/codeql-action/init@v4'])('says nothing of %s', (uses) => {
    expect(retiredActionFindings([at(uses)])).toEqual([]);
  });

  it('reads the major of a version tag and nothing else', () => {
    expect(parseActionRef('actions/cache/restore@v3.3.1')).toEqual({ action: 'actions/cache', uses: 'actions/cache/restore@v3.3.1', ref: 'v3.3.1', major: 3 });
    expect(parseActionRef('actions/cache@releases/v3')).toBeNull();
  });
});
