/** Vocabulary of the "build" item: the detection rows its check reads, as data. */
import { baseNameIs } from './rows.js';
import type { CommandSignal, FileSignal, UsesSignal } from '../model/signal.js';

/** Actions that build the project: a package, wheels or a container image. */
export const BUILD_USES: UsesSignal[] = [
  { uses: 'pypa/cibuildwheel', label: 'cibuildwheel' },
  { uses: 'PyO3/maturin-action', label: 'maturin' },
  { uses: 'hynek/build-and-inspect-python-package', label: 'Python package build' },
  { uses: 'docker/build-push-action', label: 'docker build' },
  { uses: 'docker/bake-action', label: 'docker buildx bake' },
  { uses: 'redhat-actions/buildah-build', label: 'buildah build' },
  { uses: 'goreleaser/goreleaser-action', label: 'GoReleaser' },
  { uses: 'conda-incubator/conda-build-action', label: 'conda build' },
  { uses: 'prefix-dev/rattler-build-action', label: 'rattler-build' },
  { uses: 'gradle/gradle-build-action', label: 'Gradle' },
  { uses: 'r-lib/actions/check-r-package', label: 'R CMD build and check' },
  { uses: 'jwalton/gh-ecr-push', label: 'container image build (ECR push)' },
  { uses: 'mr-smithers-excellent/docker-build-push', label: 'docker build' },
  { uses: 'whoan/docker-build-with-cache-action', label: 'docker build' },
  { uses: 'elgohr/publish-docker-github-action', label: 'docker build' },
];

/** A setup script named by a variable (`SETUP=setup.py; python "$SETUP" sdist`): sdist and bdist_wheel are setuptools' own commands. */
export const SETUP_SCRIPT_DIST = /^python[0-9.]* \S+\s(.*\s)?(sdist|bdist_wheel)(\s|$)/;

/** Commands that build a package, binary or image (documentation builds are excluded below). */
export const BUILD_COMMANDS: CommandSignal[] = [
  { command: /^(build|pyproject-build)\b/, label: 'python -m build' },
  { command: /^(uv|poetry|hatch|pdm|flit|rye) build\b/, label: 'Python package build' },
  { command: /^(pip|pip3) wheel\b|^uv pip wheel\b/, label: 'pip wheel' },
  { command: /^python[0-9.]* \S*setup\.py\b.*\b(sdist|bdist_wheel|bdist|build|build_ext)\b/, label: 'setup.py build' },
  { command: SETUP_SCRIPT_DIST, label: 'setup.py build' },
  { command: /^maturin (build|develop)\b|^cibuildwheel\b/, label: 'wheel build' },
  {
    command:
      /^(docker|podman) (build|image build)\b|^(docker|podman) buildx (build|bake)\b|^(docker compose|docker-compose) build\b|^buildah (bud|build)\b|^(ko build|pack build|earthly|kaniko|img build)\b|^(bentoml containerize|mlflow models build-docker|cog build)\b/,
    label: 'container image build',
  },
  { command: /^bentoml build\b|^mlem build\b|^truss (build|image build)\b/, label: 'model service build' },
  { command: /^heroku container:push\b|^gcloud (builds submit|beta builds submit)\b|^az acr build\b|^(fly|flyctl) deploy\b.*--build-only\b/, label: 'remote container image build' },
  // Fly builds the image from the repository on its remote builder unless it is given one (`--image`); MLEM's deployments build the model's image.
  { command: /^(fly|flyctl) deploy\b(?!.*\s(--image|-i)\b)|^mlem deployment run\b/, label: 'remote container image build (and deploy)' },
  { command: /^go build\b|^goreleaser\b|^(tinygo|garble) build\b/, label: 'Go build' },
  {
    command: /^(npm|pnpm|yarn|bun)( run)? (build|compile|dist|package|bundle)(\b|:)|^npm pack\b|^(vite|next|nuxt|ng|tsup|parcel|astro) build\b|^(webpack|rollup|esbuild|ncc build)\b/,
    label: 'JavaScript build',
  },
  { command: /^(tsc|vue-tsc)\b(?!.*--noEmit)/, label: 'TypeScript compile' },
  // `cargo package` and `cargo publish` build the crate they package, unless told not to verify it.
  { command: /^cargo build\b|^cross build\b|^cargo (package|publish)\b(?!.*--no-verify)/, label: 'cargo build' },
  { command: /^mvnw?\b.*\b(package|install|verify|deploy)\b|^gradlew?\b.*\b(build|assemble\w*|jar|bootJar|shadowJar)\b|^sbt\b.*\b(package|assembly|compile)\b/, label: 'JVM build' },
  { command: /^(conda|mamba) (build|mambabuild)\b|^conda-build\b|^rattler-build\b|^boa build\b/, label: 'conda build' },
  { command: /^R CMD (build|INSTALL)\b|devtools::build|pkgbuild::build/, label: 'R CMD build' },
  { command: /^(make|just|task)\b.*\s(build|dist|wheel|sdist|package|image|images|docker|docker-build|build-\S+|\S+-build)\b/, label: 'build task' },
  { command: /^(cmake --build|bazel build|bazelisk build|meson compile|ninja|dotnet (build|publish|pack)|swift build|zig build|flutter build)\b/, label: 'build' },
  { command: /^(tox|nox|hatch)\b.*(\s-e\s*|\s-s\s*|--session[= ])\S*(build|dist|wheel|package)\b/, label: 'build environment' },
];

/** Documentation builders and doc folders: building docs is not building the project. */
export const DOCS_COMMAND =
  /^(sphinx-build|mkdocs|jupyter-book|quarto|hugo|jekyll|docusaurus|pdoc|typedoc|mdbook|doxygen)\b|\b(docs?|documentation|site|website)([-_:]\w+|\/|\s|$)|^make\b.*\b(html|latexpdf|doc|docs)\b/;
export const DOCS_DIR = /(^|\/)(docs?|documentation|site|website)(\/|$)/;

/** Files that show the project is buildable (`present`). */
export const BUILD_FILES: FileSignal[] = [
  { test: (p) => baseNameIs('Dockerfile', 'Containerfile')(p) || /(^|\/)(Dockerfile|Containerfile)\.[\w.-]+$|(^|\/)[\w.-]+\.(Dockerfile|dockerfile)$/.test(p), label: 'Dockerfile' },
  { test: (p) => /(^|\/)setup\.py$/.test(p) && !/(^|\/)(docs?|tests?|examples?)\//.test(p), label: 'setup.py' },
  { test: (p) => /(^|\/)(\.goreleaser\.ya?ml|meta\.yaml|recipe\.yaml|Cargo\.toml|pom\.xml|build\.gradle(\.kts)?)$/.test(p) && !/(^|\/)(tests?|examples?)\//.test(p), label: 'build configuration' },
];

/** Sections of shared files that declare a build: [file name pattern, pattern]. */
export const BUILD_SECTIONS: { file: RegExp; re: RegExp; label: string }[] = [
  { file: /(^|\/)pyproject\.toml$/, re: /^\[build-system\]/m, label: '[build-system] in' },
  { file: /(^|\/)package\.json$/, re: /^[ \t]*"build"\s*:/m, label: '"build" script in' },
];
