import type { RunnerSettings } from '../../src/inventory/conventions.js';
import { makeTestIndex, selectTests } from '../../src/inventory/select.js';
import type { TestSelection } from '../../src/model/inventory.js';
import { fakeSelection, fakeTest } from '../helpers/fake-inventory.js';

const TESTS = [
  fakeTest('tests/unit/test_a.py', 'python'),
  fakeTest('tests/unit/test_b.py', 'python', { markers: ['slow'] }),
  fakeTest('tests/integration/test_db.py', 'python', { wholeFile: ['integration'] }),
  fakeTest('tests/test_top.py', 'python'),
  fakeTest('other/test_x.py', 'python'),
  fakeTest('svc/pkg/a_test.go', 'go'),
  fakeTest('svc/pkg/sub/b_test.go', 'go'),
  fakeTest('svc/pkg/int_test.go', 'go', { buildConstraint: 'integration' }),
  fakeTest('svc/main_test.go', 'go'),
  fakeTest('svc/it/suite_test.go', 'go', { buildConstraint: 'integration' }),
  fakeTest('svc/it/tests/build.txtar', 'testscript', { buildConstraint: 'integration', driver: 'svc/it/suite_test.go' }),
  fakeTest('web/src/a.test.ts', 'js'),
  fakeTest('web/e2e/b.spec.ts', 'js'),
  fakeTest('tests/testthat/test-m.R', 'r'),
  fakeTest('app/src/test/java/ATest.java', 'jvm'),
  fakeTest('test/cli.bats', 'bats'),
];
const NOTEBOOKS = ['docs/nb/intro.ipynb', 'docs/nb/adv.ipynb', 'examples/x.ipynb'];
const SETTINGS: RunnerSettings = {
  pytest: [{ dir: '', file: 'pyproject.toml', testpaths: ['tests'], markers: ['slow', 'integration'] }],
  js: [{ dir: 'web', framework: 'vitest', testMatch: ['src/**/*.test.ts'] }],
  go: [{ dir: 'svc', module: 'example.com/svc' }],
};
const index = makeTestIndex(TESTS, NOTEBOOKS, SETTINGS);

interface JoinCase {
  name: string;
  sel: TestSelection;
  files: string[];
  notes?: RegExp;
}

const cases: JoinCase[] = [
  { name: 'bare pytest runs the configured testpaths', sel: fakeSelection('pytest'), files: ['tests/integration/test_db.py', 'tests/test_top.py', 'tests/unit/test_a.py', 'tests/unit/test_b.py'] },
  { name: 'bare pytest in a folder without config runs the tree under it', sel: fakeSelection('pytest', [], { cwd: 'other' }), files: ['other/test_x.py'] },
  { name: 'pytest with a folder', sel: fakeSelection('pytest', ['tests/unit']), files: ['tests/unit/test_a.py', 'tests/unit/test_b.py'] },
  { name: 'pytest path::name selects the file', sel: fakeSelection('pytest', ['tests/unit/test_a.py::test_one']), files: ['tests/unit/test_a.py'] },
  { name: 'pytest with a glob', sel: fakeSelection('pytest', ['tests/*/test_a*.py']), files: ['tests/unit/test_a.py'] },
  { name: 'a file marked integration is not selected by -m "not integration"', sel: fakeSelection('pytest', ['tests'], { markers: 'not integration' }), files: ['tests/test_top.py', 'tests/unit/test_a.py', 'tests/unit/test_b.py'] },
  { name: '-m integration selects only files that carry the marker', sel: fakeSelection('pytest', ['tests'], { markers: 'integration' }), files: ['tests/integration/test_db.py'] },
  { name: '-m "not slow" keeps a file where only some tests are slow', sel: fakeSelection('pytest', ['tests/unit'], { markers: 'not slow' }), files: ['tests/unit/test_a.py', 'tests/unit/test_b.py'] },
  { name: 'an unknown marker selects conservatively, with a note', sel: fakeSelection('pytest', ['tests/unit'], { markers: 'gpu' }), files: ['tests/unit/test_a.py', 'tests/unit/test_b.py'], notes: /No test file sets the marker "gpu"/ },
  { name: 'an unreadable marker expression selects conservatively, with a note', sel: fakeSelection('pytest', ['tests/unit'], { markers: 'a and (' }), files: ['tests/unit/test_a.py', 'tests/unit/test_b.py'], notes: /could not be read/ },
  { name: 'a path that does not exist selects nothing, with a note', sel: fakeSelection('pytest', ['tests/nope']), files: [], notes: /"tests\/nope" .* is not a test file or folder/ },
  { name: 'a path outside the repository is not followed', sel: fakeSelection('pytest', ['../x']), files: [], notes: /outside the repository/ },
  { name: 'unittest discover -s dir -p pattern', sel: fakeSelection('unittest', ['tests', 'test_t*.py']), files: ['tests/test_top.py'] },
  { name: 'unittest with a dotted module', sel: fakeSelection('unittest', ['tests.unit.test_a']), files: ['tests/unit/test_a.py'] },
  { name: 'go test ./pkg/... runs the package tree', sel: fakeSelection('go', ['./pkg/...'], { cwd: 'svc' }), files: ['svc/pkg/a_test.go', 'svc/pkg/sub/b_test.go'] },
  { name: 'go test ./pkg runs that package only', sel: fakeSelection('go', ['./pkg'], { cwd: 'svc' }), files: ['svc/pkg/a_test.go'] },
  { name: 'go test with no path runs the package in cwd', sel: fakeSelection('go', [], { cwd: 'svc' }), files: ['svc/main_test.go'] },
  { name: 'go test -tags integration builds the tagged file', sel: fakeSelection('go', ['./...'], { cwd: 'svc', markers: 'integration' }), files: ['svc/it/suite_test.go', 'svc/it/tests/build.txtar', 'svc/main_test.go', 'svc/pkg/a_test.go', 'svc/pkg/int_test.go', 'svc/pkg/sub/b_test.go'] },
  { name: 'go test with an import path under the module', sel: fakeSelection('go', ['example.com/svc/pkg/...']), files: ['svc/pkg/a_test.go', 'svc/pkg/sub/b_test.go'] },
  { name: 'bare vitest uses the configured include', sel: fakeSelection('vitest', [], { cwd: 'web' }), files: ['web/src/a.test.ts'] },
  { name: 'jest with a folder', sel: fakeSelection('jest', ['e2e'], { cwd: 'web' }), files: ['web/e2e/b.spec.ts'] },
  { name: 'jest with a path pattern', sel: fakeSelection('jest', ['spec\\.ts$'], { cwd: 'web' }), files: ['web/e2e/b.spec.ts'] },
  { name: 'testthat on its folder', sel: fakeSelection('testthat', ['tests/testthat']), files: ['tests/testthat/test-m.R'] },
  { name: 'gradle runs src/test under the project', sel: fakeSelection('gradle', [], { cwd: 'app' }), files: ['app/src/test/java/ATest.java'] },
  { name: 'bats on a folder', sel: fakeSelection('bats', ['test']), files: ['test/cli.bats'] },
  { name: 'a testscript runs with the Go test that runs it, when its build tag is given', sel: fakeSelection('go', ['./it/...'], { cwd: 'svc', markers: 'integration' }), files: ['svc/it/suite_test.go', 'svc/it/tests/build.txtar'] },
  { name: 'a non-recursive package selection of the driver runs its scripts in a subfolder too', sel: fakeSelection('go', ['./it'], { cwd: 'svc', markers: 'integration' }), files: ['svc/it/suite_test.go', 'svc/it/tests/build.txtar'] },
  { name: 'without the build tag neither the driver nor its testscripts run', sel: fakeSelection('go', ['./it/...'], { cwd: 'svc' }), files: [] },
  { name: 'pytest --ignore leaves a folder out, --ignore-glob a pattern', sel: fakeSelection('pytest', ['tests'], { ignores: ['tests/integration', 'tests/unit/*_b.py'] }), files: ['tests/test_top.py', 'tests/unit/test_a.py'] },
  { name: 'pytest --ignore is relative to where pytest runs', sel: fakeSelection('pytest', [], { cwd: 'tests', ignores: ['unit'] }), files: ['tests/integration/test_db.py', 'tests/test_top.py'] },
  { name: 'pytest does not pick up Go or JS files', sel: fakeSelection('pytest', ['svc']), files: [] },
  { name: 'an unknown runner selects nothing, with a note', sel: fakeSelection('other', ['tests']), files: [], notes: /not one the tool reads/ },
];

describe('which test files a selection reaches', () => {
  it.each(cases)('$name', ({ sel, files, notes }) => {
    const got = selectTests(sel, index);
    expect(got.tests.map((t) => t.file.path)).toEqual(files);
    if (notes) expect(got.notes.join('\n')).toMatch(notes);
    else expect(got.notes).toEqual([]);
  });

  it.each([
    { name: 'nbmake on a folder', paths: ['docs/nb'], expected: ['docs/nb/adv.ipynb', 'docs/nb/intro.ipynb'] },
    { name: 'nbmake on a glob', paths: ['examples/*.ipynb'], expected: ['examples/x.ipynb'] },
    { name: 'nbmake with no path', paths: [], expected: ['docs/nb/adv.ipynb', 'docs/nb/intro.ipynb', 'examples/x.ipynb'] },
  ])('notebooks: $name', ({ paths, expected }) => {
    expect(selectTests(fakeSelection('nbmake', paths), index).notebooks).toEqual(expected);
  });

  it('keeps a -k filter conservative and says so', () => {
    const got = selectTests(fakeSelection('pytest', ['tests/unit'], { keyword: 'fast' }), index);
    expect(got.tests).toHaveLength(2);
    expect(got.notes).toEqual(['The keyword filter "fast" is not evaluated; every file it could match is counted.']);
  });
});
