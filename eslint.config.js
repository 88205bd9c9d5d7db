// @ts-check
/**
 * ESLint for mlops-ci-check: the recommended rules of ESLint and typescript-eslint, and the
 * import boundaries between the rooms of src/ (docs/architecture.md has the picture).
 *
 * A boundary is a `no-restricted-imports` pattern on the relative path of an import. Because a
 * relative path depends on how deep the importing file sits, the patterns are written once per
 * room (BOUNDARIES) and expanded for each folder depth below it (files at src/<room>/*.ts,
 * src/<room>/x/*.ts, ...): from a file `d` folders below src/, `'../'` repeated `d` times
 * leaves the room and reaches src/. `__tests__/lint/boundaries.test.ts` proves that each
 * crossing fails.
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The rooms of src/ and what each may import from the others (its own files are always allowed).
 * `not`: rooms it must not import; `only`: the only rooms it may import; `allow`: for checks/,
 * the exact modules it may import (regular expressions on the path below src/, without `.js`),
 * with `packages` the only packages, `kitAlso` what its kit may import besides; its own files then
 * may import nothing of the room but `own` (the kit).
 */
/** Rooms beside the pipeline that run after the engine, only when asked (CI history, the GitHub API, comparisons of reports, the pull request's base): no pipeline room imports them. */
const AFTER_ENGINE = ['history', 'github', 'compare', 'baseline'];

const BOUNDARIES = {
  model: {
    only: ['model'],
    why: 'model/ holds types only and imports nothing outside model/.',
  },
  parse: {
    not: ['inventory', 'analysis', 'vocabulary', 'checks', 'score', 'report', ...AFTER_ENGINE],
    why: 'parse/ turns text into typed facts and knows nothing of the rooms that use them (parse → inventory → analysis → checks → score → report).',
  },
  inventory: {
    not: ['analysis', 'checks', 'score', 'report', ...AFTER_ENGINE],
    why: 'inventory/ finds and classifies tests from parsed facts; it comes before analysis, checks, score and report.',
  },
  analysis: {
    not: ['checks', 'score', 'report', ...AFTER_ENGINE],
    why: 'analysis/ answers questions about parsed facts; it never reaches forward into checks, score or report.',
  },
  vocabulary: {
    only: ['model'],
    why: 'vocabulary/ is data: typed tables that import nothing but model/ types and each other.',
  },
  checks: {
    allow: ['analysis/index', 'model/[^/]+', 'vocabulary/.+'],
    own: ['kit'],
    // Path arithmetic on repository-relative paths; reading files stays behind analysis/.
    packages: ['node:path'],
    // The kit merges the config file's extra patterns into each check's evidence.
    kitAlso: ['config/[^/]+'],
    why: 'A check reads the repository only through analysis/index.js, its tables from vocabulary/, types from model/ and helpers from its kit; checks never import each other.',
  },
  score: {
    not: ['parse', 'inventory', 'report', ...AFTER_ENGINE],
    why: 'score/ is arithmetic over verdicts: it reads no parsed files and renders nothing.',
  },
  report: {
    not: ['parse'],
    why: 'report/ renders the report; it never reads or parses the repository.',
  },
};

/** The only modules that talk to the runner (the action's inputs, outputs and the PR comment). */
const ACTIONS_IMPORTERS = ['src/main.ts', 'src/inputs.ts', 'src/report/publish*.ts'];

const ACTIONS = {
  group: ['@actions/*'],
  message: 'Only src/main.ts, src/inputs.ts and src/report/publish*.ts talk to the runner; everything else stays pure and is tested without mocks.',
};
const TESTS = {
  regex: '(^|/)__tests__(/|$)',
  message: 'Nothing outside __tests__/ imports from it: test helpers stay with the tests.',
};
const MAX_DEPTH = 4;

const up = (depth) => `(?:\\.\\./){${depth}}`;
const roomPath = (rooms) => `(?:${rooms.join('|')})(?:/|\\.js$)`;

/** The no-restricted-imports patterns for a file `depth` folders below src/ in `room`. */
function patternsFor(room, depth, { actions, kit = false }) {
  const b = BOUNDARIES[room];
  const patterns = [TESTS];
  if (!actions) patterns.push(ACTIONS);
  if (!b) return patterns;
  const message = b.why;
  if (b.not) patterns.push({ regex: `^${up(depth)}${roomPath(b.not)}`, message });
  if (b.only) patterns.push({ regex: `^${up(depth)}(?!\\.\\./)(?!${roomPath([...b.only, room])})`, message });
  if (b.allow) {
    const outside = `${up(depth)}(?:${[...b.allow, ...(kit ? b.kitAlso : [])].join('|')})\\.js$`;
    const inside = `${depth === 1 ? '\\./' : up(depth - 1)}(?:${b.own.join('|')})\\.js$`;
    const packages = `(?:${b.packages.join('|')})$`;
    patterns.push({ regex: `^(?!${outside})(?!${inside})(?!${packages})`, message });
  }
  return patterns;
}

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** The boundary rules as flat-config blocks: one per room and depth, and one for the files allowed to import @actions/*. */
function boundaryBlocks() {
  const blocks = [
    { files: ['src/*.ts'], ignores: ACTIONS_IMPORTERS, rules: restrict(patternsFor(undefined, 0, { actions: false })) },
    { files: ACTIONS_IMPORTERS.filter((f) => !f.includes('/report/')), rules: restrict(patternsFor(undefined, 0, { actions: true })) },
    // scripts/screenshots.mjs renders the test scenarios (git-scenario, gfm-render helpers): a known
    // exception until those helpers move out of __tests__/.
    { files: ['bench/**/*.ts', 'scripts/**/*.{ts,mjs,js}'], ignores: ['scripts/screenshots.mjs', 'bench/fuzz.ts'], rules: restrict([TESTS]) },
  ];
  for (const room of Object.keys(BOUNDARIES)) {
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const files = [`src/${room}/${'*/'.repeat(depth - 1)}*.ts`];
      const runner = ACTIONS_IMPORTERS.filter((f) => f.startsWith(`src/${room}/`) && f.split('/').length === depth + 2);
      blocks.push({ files, ignores: runner, rules: restrict(patternsFor(room, depth, { actions: false })) });
      if (runner.length > 0) blocks.push({ files: runner, rules: restrict(patternsFor(room, depth, { actions: true })) });
    }
  }
  // The kit may also read the config's types (it merges the config's extra patterns in).
  blocks.push({ files: ['src/checks/kit.ts'], rules: restrict(patternsFor('checks', 1, { actions: false, kit: true })) });
  // The registry lists every check, so it alone may import them.
  blocks.push({
    files: ['src/checks/index.ts'],
    rules: restrict([
      TESTS,
      ACTIONS,
      { regex: `^\\.\\./${roomPath(['parse', 'inventory', 'score', 'report'])}`, message: 'The registry lists the checks; it imports nothing from parse/, inventory/, score/ or report/.' },
    ]),
  });
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', '.ci/**', '__tests__/__fixtures__/**', '__tests__/__goldens__/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // CommonJS helpers (a WebAssembly loader that needs require) are CommonJS on purpose.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...boundaryBlocks(),
  {
    // A check asks analysis/ for facts; parse/ reads and parses the files (docs/architecture.md).
    files: ['src/checks/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='read'][callee.object.property.name='repo']",
          message: "A check never reads a file's text: ask analysis/ for the fact (a parse/ reader parses the file).",
        },
      ],
    },
  },
);
