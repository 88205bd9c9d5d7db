/** Command-line arguments of the CLI: parsed and validated in one pure function. */
import { PROFILES, type ProfileInput } from './inputs.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  path: string;
  format: Format;
  minScore: number | undefined;
  minLevel: number | undefined;
  configFile: string | undefined;
  profile: ProfileInput | undefined;
  color: 'auto' | 'always' | 'never';
  /** A git revision to compare with (the pull request's base). */
  base: string | undefined;
  verbose: boolean;
  debug: boolean;
  /** Read the CI's history from git log (issue 11). */
  history: boolean;
  /** Put the authors' e-mails in the history (personal data: off unless asked). */
  authors: boolean;
  /** Ask the GitHub API for stars, forks and issues (needs GITHUB_TOKEN or GH_TOKEN). */
  github: boolean;
  /** `owner/name` for --github when the origin remote does not tell it. */
  githubRepo: string | undefined;
  /** How many recent issues the bug share is measured over. */
  issues: number | undefined;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: mlops-ci-check [path] [options]
       mlops-ci-check compare <path or report.json>... [--format html|markdown|json] [--output FILE]

Scores how much of an ML system a repository's CI really tests (see the README).

Options:
  --format FORMAT              text, json, markdown or sarif (default: text)
  --min-score N                exit 1 when the score (0-100) is below N
  --min-level N                exit 1 when the maturity level (0-4) is below N
  --config FILE                config file, relative to path (default: .github/mlops-ci-check.yml)
  --profile P                  auto, ml-application, ml-library or library (default: auto)
  --base REV                   compare with a git revision read from git objects
                               (e.g. origin/main): score, level and verdicts before -> after
  --color / --no-color         force colour on or off (default: on for a terminal)
  --history                    add the CI's history from git log (needs a full clone)
  --authors                    with --history, list the authors' e-mails (default: counts only)
  --github                     add stars, forks and the bug share of recent issues from the
                               GitHub API (token from GITHUB_TOKEN or GH_TOKEN; cached a day)
  --github-repo OWNER/NAME     the repository for --github (default: the github.com origin remote)
  --issues N                   recent issues the bug share is measured over (default: 100)
  --verbose                    show every profile reason and config change
  --debug                      show internal errors in full
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 the gate passes, 1 below a threshold, 2 usage error (an unknown option,
a path that is not a folder, a --config file that does not exist).`;

function intArg(flag: string, value: string | undefined, max: number): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number from 0 to ${max}${value === undefined ? '' : `, got "${value}"`}.`);
  const n = Number(value);
  if (n > max) throw new UsageError(`${flag} takes a whole number from 0 to ${max}, got ${n}.`);
  return n;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { path: '.', format: 'text', minScore: undefined, minLevel: undefined, configFile: undefined, profile: undefined, color: 'auto', base: undefined, verbose: false, debug: false, history: false, authors: false, github: false, githubRepo: undefined, issues: undefined, help: false, version: false };
  let pathSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
      i++;
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '-v':
      case '--version':
        args.version = true;
        break;
      case '--format': {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format takes text, json, markdown or sarif, got "${f}".`);
        args.format = f as Format;
        break;
      }
      case '--min-score':
        args.minScore = intArg('--min-score', value(), 100);
        break;
      case '--min-level':
        args.minLevel = intArg('--min-level', value(), 4);
        break;
      case '--config':
        args.configFile = value();
        break;
      case '--profile': {
        const p = value();
        if (!(PROFILES as readonly string[]).includes(p)) throw new UsageError(`--profile takes ${PROFILES.join(', ')}, got "${p}".`);
        args.profile = p === 'auto' ? undefined : (p as ProfileInput);
        break;
      }
      case '--color':
        args.color = 'always';
        break;
      case '--no-color':
        args.color = 'never';
        break;
      case '--debug':
        args.debug = true;
        break;
      case '--history':
        args.history = true;
        break;
      case '--authors':
        args.authors = true;
        break;
      case '--github':
        args.github = true;
        break;
      case '--github-repo': {
        const r = value();
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(r)) throw new UsageError(`--github-repo takes OWNER/NAME, got "${r}".`);
        args.githubRepo = r;
        args.github = true;
        break;
      }
      case '--issues':
        args.issues = intArg('--issues', value(), 1000);
        break;
      case '--verbose':
        args.verbose = true;
        break;
      case '--base':
        args.base = value();
        break;
      default:
        if (raw.startsWith('-') && raw !== '-') throw new UsageError(`Unknown option "${raw}" (see --help).`);
        if (pathSeen) throw new UsageError(`Only one path can be analysed at a time; got "${args.path}" and "${raw}".`);
        args.path = raw;
        pathSeen = true;
    }
  }
  if (args.authors && !args.history) throw new UsageError('--authors lists the authors of the history: add --history.');
  return args;
}
