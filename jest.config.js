// Jest runs the TypeScript sources as native ES modules, on purpose:
// @actions/core 3.x, @actions/github 9.x and @actions/glob 0.7 ship ESM only, so
// a CommonJS transform would fail to `require` them. `npm test` starts Node with
// --experimental-vm-modules (Jest's ESM loader needs it on Node 20 and 24 alike),
// and ts-jest transpiles each file as ESM (`useESM`). ts-jest supports TypeScript
// >=4.3 <7, which is why package.json pins typescript to ~5.9 (TypeScript 7 is the
// Go port, which ts-jest cannot drive). Type checking is done once by `npm run build`
// (tsc --noEmit), so the transform itself runs with isolatedModules for speed.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Fixture repositories are data: their test files belong to the repositories they stand for.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/__fixtures__/'],
  modulePathIgnorePatterns: ['<rootDir>/__tests__/__fixtures__/', '<rootDir>/dist/'],
  watchPathIgnorePatterns: ['<rootDir>/__tests__/__fixtures__/'],
  haste: { retainAllFiles: false },
  maxWorkers: 2,
};
