import { inferProfile, maxLevelFor, resolveProfile } from '../../src/analysis/profile.js';
import { analyzeFiles, workflow } from '../helpers/repo.js';

const AI = 'Topic :: Scientific/Engineering :: Artificial Intelligence';
const PUBLISH = workflow('release', '      - run: python -m build\n      - run: twine upload dist/*\n');

describe('inferProfile: each profile with its reasons', () => {
  test.each([
    [
      'ml-application: a DVC pipeline, a training script and an ML dependency',
      { 'dvc.yaml': 'stages: {}\n', 'src/train.py': '', 'requirements.txt': 'pandas\ntorch==2.3\n' },
      'ml-application',
      ['dvc.yaml defines a DVC pipeline.', 'src/train.py is a training or evaluation script.', 'requirements.txt:2 depends on torch.'],
    ],
    [
      'ml-application: the project layout of a data-science template wins over a bare setup.py',
      { 'setup.py': '', 'src/models/train_model.py': '', 'models/.gitkeep': '', 'notebooks/1.0-explore.ipynb': '{}', 'requirements.txt': 'scikit-learn\n' },
      'ml-application',
      [
        'src/models/train_model.py is a training or evaluation script.',
        'notebooks/1.0-explore.ipynb is a notebook.',
        'requirements.txt:1 depends on scikit-learn.',
        'setup.py packages the project with setuptools.',
      ],
    ],
    [
      'ml-application: ML dependencies and no packaging',
      { 'environment.yml': 'name: x\ndependencies:\n  - python=3.11\n  - pip:\n    - xgboost==2.0\n' },
      'ml-application',
      ['An ML application: it depends on ML libraries and has no library packaging metadata.', 'environment.yml:5 depends on xgboost.'],
    ],
    [
      'ml-library: classifiers and an AI topic',
      { 'pyproject.toml': `[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "servekit"\nclassifiers = [\n  "${AI}",\n]\n` },
      'ml-library',
      ['pyproject.toml:5 declares a library package "servekit" with classifiers.', `pyproject.toml:7 classifies the package as "${AI}".`],
    ],
    [
      'ml-library: classifiers and ML keywords, examples not counted as own ML work',
      {
        'pyproject.toml': '[project]\nname = "vc"\nkeywords = ["git", "machine-learning", "ai"]\nclassifiers = ["Programming Language :: Python"]\n',
        'examples/train.py': '',
        'tests/fixtures/model.pkl': '',
      },
      'ml-library',
      ['pyproject.toml:2 declares a library package "vc" with classifiers.', 'pyproject.toml:3 lists the ML keywords "machine-learning", "ai".'],
    ],
    [
      'ml-library: a public npm package with ML keywords',
      { 'package.json': '{\n  "name": "@acme/ml-report",\n  "bin": { "mlr": "bin/mlr.js" },\n  "keywords": [\n    "ci",\n    "deep learning"\n  ]\n}\n' },
      'ml-library',
      ['package.json:2 declares a publishable npm package "@acme/ml-report" (with "bin").', 'package.json:6 lists the ML keyword "deep learning".'],
    ],
    [
      'ml-library: a workflow that publishes to PyPI, with an ML dependency',
      { '.github/workflows/release.yml': PUBLISH, 'requirements.txt': 'onnxruntime-gpu\n', 'train.py': '' },
      'ml-library',
      ['.github/workflows/release.yml:8 publishes to PyPI (twine upload) ("twine upload dist/*").', 'requirements.txt:1 depends on onnxruntime-gpu.'],
    ],
    [
      'ml-library: declared packages and ML dependencies, no training work',
      { 'pyproject.toml': '[project]\nname = "featlib"\ndependencies = [\n  "numpy",\n  "scikit-learn>=1.4",\n]\n[tool.setuptools]\npackages = ["featlib"]\n' },
      'ml-library',
      ['pyproject.toml:2 declares the package "featlib" and the modules it ships.', 'pyproject.toml:5 depends on scikit-learn.'],
    ],
    [
      'ml-library: setup.cfg metadata with an AI classifier',
      { 'setup.cfg': `[metadata]\nname = tinyml\nclassifiers =\n    ${AI}\n` },
      'ml-library',
      ['setup.cfg:2 declares a library package "tinyml" with classifiers.', `setup.cfg:4 classifies the package as "${AI}".`],
    ],
    [
      'library: packaging metadata and no ML signal',
      { 'pyproject.toml': '[project]\nname = "webkit"\nclassifiers = ["Framework :: Flask"]\ndependencies = ["flask", "numpy"]\n', 'src/webkit/__init__.py': '' },
      'library',
      ['pyproject.toml:2 declares a library package "webkit" with classifiers.', 'src/webkit/ holds the Python package "webkit" in a src layout.'],
    ],
    ['library: a Go service without ML', { 'go.mod': 'module example.com/api\n\ngo 1.22\n' }, 'library', ['go.mod:1 declares the Go module "example.com/api".']],
    [
      'ml-library: a Go tool whose README title and Homebrew desc state an ML theme',
      {
        'go.mod': 'module example.com/packer\n\ngo 1.22\n',
        'README.md': '[![ci](badge.svg)](ci)\n\n# Packer: packaging and versioning for AI/ML projects\n',
        'build/homebrew/packer.rb.template': 'class Packer < Formula\n  desc "Packaging system for machine learning models"\nend\n',
      },
      'ml-library',
      [
        'README.md:3 states an ML theme: "# Packer: packaging and versioning for AI/ML projects".',
        'build/homebrew/packer.rb.template:2 describes the tool as "Packaging system for machine learning models".',
      ],
    ],
    [
      'ml-library: a Rust crate with ML keywords',
      { 'Cargo.toml': '[package]\nname = "infer"\nkeywords = ["machine-learning", "inference"]\n' },
      'ml-library',
      ['Cargo.toml:3 describes the tool as ""machine-learning", "inference"".'],
    ],
    [
      'ml-library: a Maven artifact that depends on an ML library (Tribuo)',
      { 'pom.xml': '<project>\n  <artifactId>scorer</artifactId>\n  <dependencies>\n    <dependency>\n      <groupId>org.tribuo</groupId>\n    </dependency>\n  </dependencies>\n</project>\n' },
      'ml-library',
      ['pom.xml:2 declares the Maven artifact "scorer".', 'pom.xml:5 depends on org.tribuo.'],
    ],
    [
      'ml-application: a root Gradle build that depends on DJL (read from the manifest store; a commented one and a nested module do not count)',
      {
        'build.gradle.kts': 'dependencies {\n  // implementation("org.tribuo:tribuo-all:4.3.1")\n  implementation("ai.djl:api:0.26.0")\n}\n',
        'lib/pom.xml': '<project>\n  <artifactId>nested</artifactId>\n</project>\n',
        'train.py': '',
      },
      'ml-application',
      ['build.gradle.kts:3 depends on ai.djl.'],
    ],
    ['library: a Spring service in Gradle without an ML dependency', { 'build.gradle': "dependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n" }, 'library', []],
    ['library: a Go service whose README states no ML theme', { 'go.mod': 'module example.com/api\n', 'README.md': '# api\n\nA REST API for invoices.\n' }, 'library', []],
    ['library: model files only under tests do not make ML', { 'tests/data/model.pkl': '', 'docs/tutorial.ipynb': '{}' }, 'library', []],
    [
      'ml-application: a package with classifiers that ships its trained model (MANIFEST.in) beside its training script is a model package, not a library',
      {
        'model-package/setup.py': `from setuptools import setup\n\nsetup(\n    name="price-model",\n    classifiers=["${AI}"],\n    install_requires=["scikit-learn"],\n    include_package_data=True,\n)\n`,
        'model-package/MANIFEST.in': 'include *.txt\ninclude price_model/trained_models/*.pkl\n',
        'model-package/price_model/train_pipeline.py': '',
        'model-package/price_model/trained_models/__init__.py': '',
      },
      'ml-application',
      [
        'model-package/MANIFEST.in:2 ships the trained model ("price_model/trained_models/*.pkl") as package data of "model-package/setup.py", whose training script is "model-package/price_model/train_pipeline.py": a model package of the application, not a library.',
      ],
    ],
    [
      'ml-application: uploading the model package (twine, from its folder or its dist/) publishes the model, not a library',
      {
        'model-package/setup.py': 'from setuptools import setup\n\nsetup(\n    name="price-model",\n    install_requires=["scikit-learn"],\n    include_package_data=True,\n)\n',
        'model-package/MANIFEST.in': 'include price_model/trained_models/*.pkl\n',
        'model-package/price_model/train_pipeline.py': '',
        '.github/workflows/publish.yml': workflow('release', '      - run: python -m build model-package\n      - run: twine upload model-package/dist/*\n'),
      },
      'ml-application',
      ['.github/workflows/publish.yml:8 publishes the model package "model-package" ("twine upload model-package/dist/*"), not a library.'],
    ],
    [
      'ml-library: an upload of another folder beside a model package stays a library publication',
      {
        'model-package/setup.py': 'from setuptools import setup\n\nsetup(\n    name="price-model",\n    include_package_data=True,\n)\n',
        'model-package/MANIFEST.in': 'include price_model/trained_models/*.pkl\n',
        'model-package/price_model/train_pipeline.py': '',
        'sdk/pyproject.toml': `[project]\nname = "price-sdk"\nclassifiers = ["${AI}"]\n`,
        '.github/workflows/publish.yml': workflow('release', '      - run: twine upload sdk/dist/*\n'),
      },
      'ml-library',
      ['.github/workflows/publish.yml:7 publishes to PyPI (twine upload) ("twine upload sdk/dist/*").'],
    ],
    [
      'ml-library: a library that ships pretrained weights but trains nothing itself stays a library',
      { 'pyproject.toml': `[project]\nname = "segkit"\nclassifiers = ["${AI}"]\n\n[tool.setuptools.package-data]\nsegkit = ["weights/*.onnx"]\n`, 'segkit/__init__.py': '', 'examples/train.py': '' },
      'ml-library',
      ['pyproject.toml:2 declares a library package "segkit" with classifiers.'],
    ],
    [
      'ml-library: a training script beside package data that holds no model (templates, a schema) keeps the library',
      {
        'setup.py':
          'from setuptools import setup\nsetup(\n    name="trainkit",\n    classifiers=["X"],\n    package_data={"trainkit": ["templates/*.yaml", "schema.json"]},\n    install_requires=["torch"],\n)\n',
        'trainkit/train.py': '',
      },
      'ml-library',
      ['setup.py:4 packages "trainkit" as a library with classifiers.'],
    ],
  ])('%s', (_name, files, expected, reasons) => {
    const decision = inferProfile(analyzeFiles(files));
    expect(decision.profile).toBe(expected);
    expect(decision.source).toBe('inferred');
    for (const r of reasons) expect(decision.reasons).toContain(r);
  });

  test('a library without ML says which signals are missing', () => {
    expect(inferProfile(analyzeFiles({ 'README.md': '' })).reasons).toEqual([
      'A library or service without ML: no ML dependency, ML keyword or classifier, ML pipeline file, model artefact or training script was found (and no packaging metadata either), so only the DevOps foundation applies.',
    ]);
  });

  test("a package's own name in its extras is not an ML dependency", () => {
    const d = inferProfile(analyzeFiles({ 'pyproject.toml': '[project]\nname = "dvc"\nclassifiers = ["X"]\n[project.optional-dependencies]\nall = ["dvc[s3]"]\n' }));
    expect(d.profile).toBe('library');
  });
});

describe('resolveProfile: input > config > inference', () => {
  const analysis = analyzeFiles({ 'requirements.txt': 'torch\n' });
  test.each([
    ['inference', undefined, undefined, 'ml-application', 'inferred'],
    ['config', { setting: 'library' as const, file: 'c.yml', line: 3 }, undefined, 'library', 'config'],
    ['config auto', { setting: 'auto' as const, file: 'c.yml', line: 3 }, undefined, 'ml-application', 'inferred'],
    ['input over config', { setting: 'library' as const, file: 'c.yml', line: 3 }, 'ml-library' as const, 'ml-library', 'input'],
    ['input auto', { setting: 'library' as const, file: 'c.yml', line: 3 }, 'auto' as const, 'library', 'config'],
  ])('%s', (_name, fromConfig, fromInput, profile, source) => {
    const d = resolveProfile(analysis, fromConfig, fromInput);
    expect([d.profile, d.source]).toEqual([profile, source]);
  });
  test('an override states itself and what inference would have said', () => {
    expect(resolveProfile(analysis, { setting: 'library', file: 'c.yml', line: 3 }).reasons).toEqual([
      'c.yml:3 sets the profile to "library".',
      'Without it the tool would infer "ml-application": An ML application: it depends on ML libraries and has no library packaging metadata.',
    ]);
  });
});

test.each([
  ['library', 1],
  ['ml-library', 4],
  ['ml-application', 4],
] as const)('maxLevelFor(%s) = %d', (profile, level) => expect(maxLevelFor(profile)).toBe(level));
