import { manifestKind, manifestStore, toolStatements } from '../../src/parse/manifests.js';
import { tomlOf } from '../../src/parse/toml.js';
import { analyzeFiles } from '../helpers/repo.js';

const PYPROJECT = [
  '[project]',
  'name = "churn"',
  'keywords = ["mlops", "ci"]',
  'classifiers = [',
  '  "Topic :: Scientific/Engineering :: Artificial Intelligence",',
  ']',
  'dependencies = [',
  '  "torch>=2",',
  '  "scikit-learn[all]; python_version > \'3.9\'",',
  ']',
  '',
  '[tool.setuptools.packages]',
  'find = {}',
  '',
].join('\n');

describe('manifests', () => {
  it('reads a pyproject into typed facts with lines', () => {
    const m = manifestStore(analyzeFiles({ 'pyproject.toml': PYPROJECT }).repo).get('pyproject.toml')!;
    expect(m.kind).toBe('pyproject');
    expect({ ...m.name }).toEqual({ value: 'churn', line: 2 });
    expect(m.keywords.map((k) => [k.value, k.line])).toEqual([
      ['mlops', 3],
      ['ci', 3],
    ]);
    expect(m.classifiers.map((c) => [c.value, c.line])).toEqual([['Topic :: Scientific/Engineering :: Artificial Intelligence', 5]]);
    expect(m.dependencies.map((d) => [d.value, d.line])).toEqual([
      ['torch', 8],
      ['scikit-learn', 9],
    ]);
    expect(m.shipsModules).toBe(true);
  });

  it('parses each manifest once per run, and each run has its own store', () => {
    const files = { 'pyproject.toml': PYPROJECT, 'requirements-dev.txt': 'pytest\n# a comment\nxgboost==2.0  # boosted\n', 'docs/conf.py': '' };
    const a = analyzeFiles(files);
    const store = manifestStore(a.repo);
    expect(manifestStore(a.repo)).toBe(store);
    expect(store.paths).toEqual(['pyproject.toml', 'requirements-dev.txt']);
    expect(store.get('pyproject.toml')).toBe(store.get('pyproject.toml'));
    expect(store.get('requirements-dev.txt')!.dependencies.map((d) => [d.value, d.line])).toEqual([
      ['pytest', 1],
      ['xgboost', 3],
    ]);
    expect(store.get('docs/conf.py')).toBeUndefined();
    const other = manifestStore(analyzeFiles(files).repo);
    expect(other).not.toBe(store);
    expect(other.get('pyproject.toml')).not.toBe(store.get('pyproject.toml'));
  });

  it('reads setup.py, setup.cfg, package.json, go.mod, Cargo.toml and DESCRIPTION', () => {
    const store = manifestStore(
      analyzeFiles({
        'setup.py': 'from setuptools import setup\n\nsetup(\n    name="tool",\n    classifiers=["Topic :: Scientific/Engineering"],\n    install_requires=["numpy"],\n)\n',
        'a/setup.cfg': '[metadata]\nname = lib\nclassifiers =\n    Topic :: Software Development\n',
        'b/package.json': '{\n  "name": "pkg",\n  "bin": "cli.js",\n  "dependencies": { "onnxruntime-node": "1" }\n}\n',
        'c/go.mod': 'module example.com/tool\n\ngo 1.22\n',
        'd/Cargo.toml': '[workspace]\n\n[package]\nname = "x"\n',
        'e/DESCRIPTION': 'Title: t\nPackage: rpkg\n',
      }).repo,
    );
    const setupPy = store.get('setup.py')!;
    expect([setupPy.name?.value, setupPy.classifiersAt, setupPy.setupAt, setupPy.dependencies.map((d) => d.value)]).toEqual(['tool', 5, 3, ['numpy']]);
    const cfg = store.get('a/setup.cfg')!;
    expect([cfg.name?.value, cfg.name?.line, cfg.classifiersAt, cfg.classifiers.map((c) => c.line)]).toEqual(['lib', 2, 3, [4]]);
    const pkg = store.get('b/package.json')!;
    expect([pkg.name?.line, pkg.npm, pkg.dependencies.map((d) => [d.value, d.line])]).toEqual([2, { private: false, entries: ['bin'], main: false }, [['onnxruntime-node', 4]]]);
    expect({ ...store.get('c/go.mod')!.name }).toEqual({ value: 'example.com/tool', line: 1 });
    expect(store.get('d/Cargo.toml')!.packageAt).toBe(3);
    expect({ ...store.get('e/DESCRIPTION')!.name }).toEqual({ value: 'rpkg', line: 2 });
  });

  it('reads what a Python package ships as package data: setup.py package_data and data_files, pyproject package-data and Poetry include, the MANIFEST.in beside it', () => {
    const store = manifestStore(
      analyzeFiles({
        'model-package/setup.py':
          'from setuptools import setup\n\nsetup(\n    name="churn-model",\n    package_data={\n        "churn_model": ["VERSION", "trained_models/*.pkl"],\n    },\n    data_files=[("config", ["config.yml"])],\n)\n',
        'model-package/MANIFEST.in': '# the model\ninclude *.txt\nrecursive-include churn_model/trained_models *.joblib *.pkl\ngraft churn_model/datasets\nexclude *.log\n',
        'lib/pyproject.toml': '[project]\nname = "lib"\n\n[tool.setuptools.package-data]\nlib = ["py.typed", "weights/*.onnx"]\n',
        'poetry/pyproject.toml': '[tool.poetry]\nname = "app"\ninclude = ["models/model.joblib", { path = "README.md" }]\n',
        'plain/setup.py': 'from setuptools import setup\nsetup(name="plain")\n',
      }).repo,
    );
    const entries = (path: string) => store.get(path)!.packageData?.map((e) => `${e.value} ${e.file}:${e.line}`);
    expect(entries('model-package/setup.py')).toEqual([
      'churn_model model-package/setup.py:6',
      'VERSION model-package/setup.py:6',
      'trained_models/*.pkl model-package/setup.py:6',
      'config model-package/setup.py:8',
      'config.yml model-package/setup.py:8',
      '*.txt model-package/MANIFEST.in:2',
      'churn_model/trained_models/**/*.joblib model-package/MANIFEST.in:3',
      'churn_model/trained_models/**/*.pkl model-package/MANIFEST.in:3',
      'churn_model/datasets model-package/MANIFEST.in:4',
    ]);
    expect(entries('lib/pyproject.toml')).toEqual(['py.typed lib/pyproject.toml:5', 'weights/*.onnx lib/pyproject.toml:5']);
    expect(entries('poetry/pyproject.toml')).toEqual(['models/model.joblib poetry/pyproject.toml:3', 'README.md poetry/pyproject.toml:3']);
    expect(store.get('plain/setup.py')!.packageData).toBeUndefined();
  });

  it("reads setup.cfg's package data: [options.package_data] and [options.data_files], comma- or line-separated, each at its line, and the MANIFEST.in beside it", () => {
    const store = manifestStore(
      analyzeFiles({
        'pkg/setup.cfg':
          '[metadata]\nname = churn-model\n\n[options]\ninclude_package_data = True\n\n[options.package_data]\nchurn_model = VERSION, trained_models/*.pkl\n* =\n    *.json\n    weights/*.onnx\n\n[options.data_files]\nconfig = config.yml\n',
        'pkg/MANIFEST.in': 'include churn_model/trained_models/*.joblib\n',
        'plain/setup.cfg': '[metadata]\nname = plain\n',
      }).repo,
    );
    expect(store.get('pkg/setup.cfg')!.packageData?.map((e) => `${e.value} ${e.file}:${e.line}`)).toEqual([
      'VERSION pkg/setup.cfg:8',
      'trained_models/*.pkl pkg/setup.cfg:8',
      '*.json pkg/setup.cfg:10',
      'weights/*.onnx pkg/setup.cfg:11',
      'config.yml pkg/setup.cfg:14',
      'churn_model/trained_models/*.joblib pkg/MANIFEST.in:1',
    ]);
    expect(store.get('plain/setup.cfg')!.packageData).toBeUndefined();
  });

  it('gives a bare TOML key its own line, not the line before it (a Poetry dependency at the start of its line)', () => {
    const m = manifestStore(analyzeFiles({ 'pyproject.toml': '[tool.poetry]\nname = "app"\n\n[tool.poetry.dependencies]\npython = "^3.11"\ntorch = "^2"\n' }).repo).get('pyproject.toml')!;
    expect(m.dependencies.map((d) => [d.value, d.line])).toEqual([
      ['python', 5],
      ['torch', 6],
    ]);
  });

  it('knows manifests by name', () => {
    expect(
      ['pyproject.toml', 'x/setup.cfg', 'requirements.in', 'requirements/test.txt', 'environment.yaml', 'README.md', 'requirements.md', 'app/pom.xml', 'build.gradle.kts', 'settings.gradle'].map(
        manifestKind,
      ),
    ).toEqual(['pyproject', 'setup-cfg', 'requirements', 'requirements', 'requirements', undefined, undefined, 'maven', 'gradle', undefined]);
  });

  it("reads a pom.xml: the project's own artifactId and its dependencies at their group's line, not its parent, comments or exclusions", () => {
    const pom = [
      '<?xml version="1.0"?>',
      '<project>',
      '  <parent>',
      '    <artifactId>spring-boot-starter-parent</artifactId>',
      '  </parent>',
      '  <artifactId>scorer</artifactId>',
      '  <!-- <dependency><groupId>org.commented</groupId></dependency> -->',
      '  <dependencies>',
      '    <dependency>',
      '      <groupId>org.tribuo</groupId>',
      '      <artifactId>tribuo-all</artifactId>',
      '      <exclusions><exclusion><groupId>org.excluded</groupId></exclusion></exclusions>',
      '    </dependency>',
      '    <dependency><groupId>org.testcontainers</groupId><artifactId>kafka</artifactId><scope>test</scope></dependency>',
      '  </dependencies>',
      '</project>',
      '',
    ].join('\n');
    const m = manifestStore(analyzeFiles({ 'pom.xml': pom }).repo).get('pom.xml')!;
    expect([m.kind, m.name]).toEqual(['maven', { value: 'scorer', line: 6 }]);
    expect(m.dependencies).toEqual([
      { value: 'org.tribuo:tribuo-all', line: 10 },
      { value: 'org.testcontainers:kafka', line: 14 },
    ]);
  });

  it('reads the coordinates of a Gradle build (strings and group maps), not its comments', () => {
    const gradle = [
      'plugins { id "java" }',
      'dependencies {',
      "  implementation 'ai.djl:api:0.26.0' // the engine",
      '  // implementation "org.commented:x:1"',
      '  /* testImplementation "org.blocked:y:1" */',
      '  testImplementation("org.testcontainers:junit-jupiter:1.19.7")',
      "  implementation group: 'org.tribuo', name: 'tribuo-core', version: '4.3'",
      '}',
      '',
    ].join('\n');
    const m = manifestStore(analyzeFiles({ 'build.gradle': gradle }).repo).get('build.gradle')!;
    expect(m.dependencies).toEqual([
      { value: 'ai.djl:api', line: 3 },
      { value: 'org.testcontainers:junit-jupiter', line: 6 },
      { value: 'org.tribuo:tribuo-core', line: 7 },
    ]);
  });

  it('keeps development dependencies apart: package.json, Poetry groups, uv, Hatch environments, setup.cfg extras, and go.mod requires', () => {
    const store = manifestStore(
      analyzeFiles({
        'package.json': '{\n  "name": "svc",\n  "dependencies": { "express": "4" },\n  "devDependencies": {\n    "@testcontainers/postgresql": "10"\n  }\n}\n',
        'pyproject.toml':
          '[project]\nname = "p"\ndependencies = ["numpy"]\n\n[tool.poetry.group.test.dependencies]\ntestcontainers = "^4"\n\n[tool.uv]\ndev-dependencies = ["pytest"]\n\n[tool.hatch.envs.it]\nextra-dependencies = ["docker"]\n',
        'setup.cfg': '[options]\ninstall_requires =\n    requests\ntests_require = pytest\n\n[options.extras_require]\nit =\n    testcontainers[kafka]\n',
        'go.mod': 'module example.com/svc\n\nrequire github.com/lib/pq v1.10.9\n\nrequire (\n\tgithub.com/testcontainers/testcontainers-go v0.30.0 // indirect\n)\n',
      }).repo,
    );
    const facts = (path: string) => {
      const m = store.get(path)!;
      return [m.dependencies.map((d) => [d.value, d.line]), m.devDependencies.map((d) => [d.value, d.line])];
    };
    expect(facts('package.json')).toEqual([[['express', 3]], [['@testcontainers/postgresql', 5]]]);
    expect(facts('pyproject.toml')).toEqual([
      [['numpy', 3]],
      [
        ['testcontainers', 6],
        ['pytest', 9],
        ['docker', 12],
      ],
    ]);
    expect(facts('setup.cfg')).toEqual([
      [['requests', 3]],
      [
        ['pytest', 4],
        ['testcontainers', 8],
      ],
    ]);
    expect(facts('go.mod')).toEqual([
      [
        ['github.com/lib/pq', 3],
        ['github.com/testcontainers/testcontainers-go', 6],
      ],
      [],
    ]);
  });

  it('gives a native tool its README prose and release descriptions, in order', () => {
    const repo = analyzeFiles({ 'README.md': '# Tool\n\n[![badge](x)](y)\n\nA fast model serving proxy.\n', '.goreleaser.yaml': 'project_name: tool\ndescription: "Serve models"\n' }).repo;
    expect([...toolStatements(repo)].map((s) => [s.from, s.file, s.line, s.text])).toEqual([
      ['readme', 'README.md', 1, '# Tool'],
      ['readme', 'README.md', 5, 'A fast model serving proxy.'],
      ['description', '.goreleaser.yaml', 2, 'Serve models'],
    ]);
  });

  it('parses a TOML file once per run, whichever reader asks first (manifests, pytest settings, tox, task runners)', () => {
    const files = { 'pyproject.toml': `${PYPROJECT}\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n` };
    const a = analyzeFiles(files);
    const text = a.repo.read('pyproject.toml')!;
    // The analysis has read the pytest settings already: the manifest store and a later reader get that same parse.
    const parsed = tomlOf(a.repo, 'pyproject.toml', text);
    expect(tomlOf(a.repo, 'pyproject.toml', text)).toBe(parsed);
    expect(manifestStore(a.repo).get('pyproject.toml')!.name?.value).toBe('churn');
    expect(tomlOf(analyzeFiles(files).repo, 'pyproject.toml', text)).not.toBe(parsed);
  });
});
