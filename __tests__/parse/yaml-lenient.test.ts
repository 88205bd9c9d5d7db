import { parseYaml } from '../../src/parse/yaml.js';

describe('a quoted scalar closed at its key indentation (accepted by CircleCI)', () => {
  const text = ['jobs:', '  t:', '    command: "', '      source x \\n', '      pytest', '        --cov-report=xml', '        ./tests', '    "', '  c: 1', ''].join('\n');

  it('is read whole, with a notice at the quote and the positions of every other line kept', () => {
    const { reader: y, root, findings } = parseYaml('.circleci/config.yml', text);
    const cmd = y.str(y.get(y.get(y.get(root, 'jobs'), 't'), 'command'));
    expect(cmd?.value).toBe(' source x \n pytest --cov-report=xml ./tests ');
    expect(cmd?.pos).toEqual({ line: 3, column: 14 });
    expect(y.keyPos(y.get(root, 'jobs'), 'c')).toEqual({ line: 9, column: 3 });
    expect(findings.map((f) => `${f.severity} ${f.line}:${f.column}`)).toEqual(['notice 8:1']);
  });

  it('a quote that is really never closed stays a syntax error', () => {
    const { findings } = parseYaml('x.yml', 'a: "open\nb: 1\n');
    expect(findings.some((f) => f.severity === 'error' && f.check === 'syntax-check')).toBe(true);
  });
});
