/**
 * `isTestPath` answers as its two patterns alone do: its literal precheck ("test" or "spec" somewhere in the path)
 * never turns away a path the patterns accept.
 */
import fc from 'fast-check';
import { isTestPath } from '../../src/vocabulary/shared/test-paths.js';

/** The patterns without the precheck, as `isTestPath` was before it. */
function plain(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /(^|\/)(tests?|__tests__|testing|spec)\//.test(path) || /^test_.*\.py$|_test\.(py|go)$|\.(test|spec)\.[cm]?[jt]sx?$|^conftest\.py$/.test(base);
}

const piece = fc.constantFrom('/', 'tests', 'test', 'testing', '__tests__', 'spec', 'conf', 'test_', '_test', '.py', '.go', '.ts', '.mjsx', '.test', '.spec', 'src', 'a', 's', 't', 'es', '.', '_');
const path = fc.array(piece, { maxLength: 8 }).map((ps) => ps.join(''));

describe('isTestPath', () => {
  it('answers as its patterns do, for any path', () => {
    let accepted = 0;
    fc.assert(
      fc.property(path, (p) => {
        if (plain(p)) accepted++;
        expect(isTestPath(p)).toBe(plain(p));
      }),
      { numRuns: 5000 },
    );
    // The paths reach both answers, so the property is not met by "false" everywhere.
    expect(accepted).toBeGreaterThan(50);
  });

  it.each([
    ['tests/test_a.py', true],
    ['spec/a.rb', true],
    ['src/conftest.py', true],
    ['pkg/a_test.go', true],
    ['web/a.spec.tsx', true],
    ['src/model.py', false],
    ['src/testing_utils.py', false],
    ['latest/a.py', false],
  ])('%s is a test path: %s', (p, expected) => {
    expect(isTestPath(p)).toBe(expected);
  });
});
