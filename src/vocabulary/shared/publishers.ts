/** Publishers: actions and commands that publish a package (PyPI, npm, crates.io), read by the profile inference. */
import type { CommandSignal, UsesSignal } from '../../model/signal.js';

/** Steps that publish a package to an index (a library's strongest packaging signal). */
export const PUBLISH_USES: UsesSignal[] = [
  { uses: 'pypa/gh-action-pypi-publish', label: 'publishes to PyPI' },
  { uses: 'JS-DevTools/npm-publish', label: 'publishes to npm' },
  { uses: 'katyo/publish-crates', label: 'publishes to crates.io' },
];

export const PUBLISH_COMMANDS: CommandSignal[] = [
  { command: /^twine upload\b/, label: 'publishes to PyPI (twine upload)' },
  { command: /^(uv|poetry|flit|hatch|pdm) publish\b/, label: 'publishes to a package index' },
  { command: /^maturin (publish|upload)\b/, label: 'publishes to PyPI (maturin)' },
  { command: /^(npm|pnpm|yarn) publish\b|^yarn npm publish\b/, label: 'publishes to npm' },
  { command: /^cargo publish\b/, label: 'publishes to crates.io' },
];
