/** Vocabulary of the "reproducibility" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';
import { baseNameIs } from './rows.js';
import type { CommandSignal, FileSignal } from '../model/signal.js';

// ---------------------------------------------------------------- reproducibility

export const SEED_SOURCE: SourcePattern[] = [
  { re: /\btorch\.(cuda\.)?manual_seed(_all)?\(|\btorch\.use_deterministic_algorithms\(|cudnn\.deterministic\s*=\s*True/, label: 'PyTorch seed / determinism' },
  // `random.seed()` with no argument re-seeds from the clock: only a seed given counts.
  { re: /\bnp\.random\.seed\(\s*[^)\s]|\bnumpy\.random\.seed\(\s*[^)\s]|\bnp\.random\.default_rng\(\s*\d/, label: 'NumPy seed' },
  { re: /(^|[^\w.])random\.seed\(\s*[^)\s]/, label: 'Python random seed' },
  // Seed helpers go by many names (set_seed, set_seeds, seed_all, fix_seed, set_global_seed, seed_torch).
  { re: /\b(?:seed_everything|set_(?:\w+_)?seeds?|fix_(?:\w+_)?seeds?|seed_(?:all|torch|worker|random|everything)\w*|set_random_seed)\(/, label: 'seed helper' },
  { re: /\btf\.random\.set_seed\(|\benable_op_determinism\(/, label: 'TensorFlow seed / determinism' },
  { re: /\bset\.seed\(/, label: 'R seed' },
  { re: /\brandom_state\s*=\s*\d+/, label: 'scikit-learn random_state' },
];

/** An equality assert on a line (`assert a == b`, `assertEqual`, `np.testing.assert_allclose`, `torch.equal`): same input, same output. */
export const EQUAL_ASSERT = /\bassert\w*\b[^\n]*(?:==|equal|allclose)/i;

/** Lock files that pin the environment, by base name. */
export const LOCK_FILES: FileSignal[] = [
  { test: baseNameIs('poetry.lock', 'uv.lock', 'Pipfile.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'renv.lock', 'Manifest.toml', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'Cargo.lock', 'go.sum'), label: 'lock file' },
  { test: (p) => /\.conda-lock\.ya?ml$|(^|\/)conda-\w+\.lock$/.test(p), label: 'conda lock file' },
];

/** Commands that check that a pipeline reproduces its recorded outputs. */
export const REPRODUCTION_CHECK_COMMANDS: CommandSignal[] = [
  { command: /^dvc (status|data status)\b/, label: 'DVC status' },
  { command: /^git diff\b.*(--exit-code|--quiet)\b/, label: 'git diff --exit-code' },
  { command: /^git status\b.*--porcelain/, label: 'git status --porcelain' },
];

/** Commands that compare two builds byte for byte. */
export const BYTE_COMPARE_COMMANDS: CommandSignal[] = [
  { command: /^(diffoscope|reprotest)\b/, label: 'reproducible-build check' },
  { command: /^(cmp|diff)\b|^(sha256sum|shasum|md5sum|b2sum)\b.*(\s-c\b|--check\b)/, label: 'byte comparison' },
];

/** Commands that produce an artifact a byte comparison can check. */
export const ARTIFACT_COMMANDS: CommandSignal[] = [
  { command: /^kit (pack|unpack)\b|^bentoml build\b|^docker (build|buildx build)\b|^build\b|^(uv|poetry|hatch|pdm) build\b|^dvc repro\b|^(mlflow models build-docker|cog build)\b/, label: 'artifact build' },
];
