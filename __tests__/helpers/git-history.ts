/**
 * Builds git repositories with a set history for the history tests: each commit has its
 * author e-mail and date (author and committer alike), and the files it writes (null
 * deletes). Git's own configuration of the machine is kept out.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TestCommit {
  date: string;
  email: string;
  name?: string;
  files: Record<string, string | null>;
  message?: string;
}

const made: string[] = [];

export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_SYSTEM: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  LC_ALL: 'C',
};

export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, env: { ...GIT_ENV, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(prefix = 'mlops-ci-check-git-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function makeGitRepo(commits: readonly TestCommit[]): string {
  const root = tempDir();
  git(root, ['init', '-q']);
  commits.forEach((c, i) => {
    for (const [rel, content] of Object.entries(c.files)) {
      const abs = path.join(root, rel);
      if (content === null) fs.rmSync(abs, { force: true });
      else {
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, content);
      }
    }
    git(root, ['add', '-A']);
    const name = c.name ?? c.email.split('@')[0]!;
    git(root, ['commit', '-q', '--allow-empty', '-m', c.message ?? `commit ${i + 1}`], {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: c.email,
      GIT_AUTHOR_DATE: c.date,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: c.email,
      GIT_COMMITTER_DATE: c.date,
    });
  });
  return root;
}

/** `git clone --depth 1 file://…`: a shallow clone like actions/checkout's default. */
export function shallowClone(source: string): string {
  const target = path.join(tempDir(), 'clone');
  git(path.dirname(target), ['clone', '-q', '--depth', '1', `file://${source}`, target]);
  return target;
}

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
