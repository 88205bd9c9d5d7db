import { parseCliArgs, UsageError } from '../src/cli-args.js';

describe('parseCliArgs', () => {
  it('defaults to the current folder and text output', () => {
    expect(parseCliArgs([])).toMatchObject({ path: '.', format: 'text', minScore: undefined, minLevel: undefined, color: 'auto' });
  });

  it.each([
    [['repo', '--format', 'json'], { path: 'repo', format: 'json' }],
    [['--format=markdown', 'x'], { path: 'x', format: 'markdown' }],
    [['--min-score', '60', '--min-level=2'], { minScore: 60, minLevel: 2 }],
    [['--profile', 'ml-library', '--config', 'ci.yml'], { profile: 'ml-library', configFile: 'ci.yml' }],
    [['--profile', 'auto'], { profile: undefined }],
    [['--no-color'], { color: 'never' }],
    [['--color', '--debug'], { color: 'always', debug: true }],
    [['-h'], { help: true }],
    [['--version'], { version: true }],
  ])('reads %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--format', 'xml'], '--format takes text, json, markdown or sarif, got "xml".'],
    [['--min-score', 'abc'], '--min-score takes a whole number from 0 to 100, got "abc".'],
    [['--min-score', '101'], '--min-score takes a whole number from 0 to 100, got 101.'],
    [['--min-level', '5'], '--min-level takes a whole number from 0 to 4, got 5.'],
    [['--min-level'], '--min-level needs a value.'],
    [['--bogus'], 'Unknown option "--bogus" (see --help).'],
    [['a', 'b'], 'Only one path can be analysed at a time; got "a" and "b".'],
    [['--profile', 'web'], '--profile takes auto, ml-application, ml-library, library, got "web".'],
  ])('rejects %j with a one-line message', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new UsageError(message));
  });
});
