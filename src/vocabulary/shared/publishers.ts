/**
 * Publishers: the one family of steps that publish a package to an index (PyPI, npm, crates.io,
 * Maven, RubyGems, NuGet, conda). The release item counts them as releases (with its other rows:
 * images, GitHub releases, deploys); the profile inference takes them as a library's strongest
 * packaging signal. `label` is what the release evidence names ("Publishes with <label>"),
 * `publishes` what the profile's reason says the workflow does.
 */
import type { CommandSignal, UsesSignal } from '../../model/signal.js';

/** What a publisher row adds to a signal: the profile's words for it. */
interface Publisher {
  /** "publishes to PyPI": the profile's reason, after the file and line. */
  publishes: string;
}

export type PublisherUses = UsesSignal & Publisher;
export type PublisherCommand = CommandSignal & Publisher;

/** Actions that publish a package to an index. */
export const PUBLISH_USES: PublisherUses[] = [
  { uses: 'pypa/gh-action-pypi-publish', label: 'PyPI publish', publishes: 'publishes to PyPI' },
  { uses: 'JS-DevTools/npm-publish', label: 'npm publish', publishes: 'publishes to npm' },
  { uses: 'katyo/publish-crates', label: 'crates.io publish', publishes: 'publishes to crates.io' },
];

/** Commands that publish a package to an index (a local Maven repository is not one). */
export const PUBLISH_COMMANDS: PublisherCommand[] = [
  { command: /^twine upload\b/, label: 'Python package upload', publishes: 'publishes to PyPI (twine upload)' },
  { command: /^(uv|poetry|hatch|flit|pdm|rye) publish\b/, label: 'Python package upload', publishes: 'publishes to a package index' },
  { command: /^maturin (publish|upload)\b/, label: 'Python package upload', publishes: 'publishes to PyPI (maturin)' },
  { command: /^(npm|pnpm|bun) publish\b|^yarn (npm )?publish\b|^changeset publish\b|^lerna publish\b/, label: 'npm publish', publishes: 'publishes to npm' },
  { command: /^cargo publish\b/, label: 'package publish', publishes: 'publishes to crates.io' },
  { command: /^mvnw?\b.*\bdeploy\b|^gradlew?\b.*\bpublish(?!\w*MavenLocal\b)\w*\b/, label: 'package publish', publishes: 'publishes to a Maven repository' },
  { command: /^gem push\b|^dotnet nuget push\b|^(anaconda|rattler-build) upload\b/, label: 'package publish', publishes: 'publishes to a package index' },
];
