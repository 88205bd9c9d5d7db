/**
 * Commands that hand other commands to a cluster or a container, whose content is itself a
 * command: the job-submission CLIs of Ray, Anyscale and SkyPilot, and Docker. One row per
 * program: which words start it, which options take a value, and where the command it runs
 * is written (after `--`, as positional words, or in the YAML file it is given).
 *
 * - `ray job submit [opts] -- <cmd>` → `<cmd>`, in `--working-dir`.
 * - `anyscale job(s) submit [opts] [job.yaml | -f job.yaml] [-- <cmd>]` → `entrypoint:` of
 *   the file (in its `working_dir:`), or `<cmd>`.
 * - `sky launch|exec [cluster] <task.yaml | cmd>`, `sky jobs launch`, `sky serve up` →
 *   the file's `setup:` and `run:` (in its `workdir:`), or the inline command.
 * - `docker run [opts] <image> <cmd>`, `docker compose|docker-compose run|exec [opts]
 *   <service> <cmd>` → `<cmd>`; `docker compose run <service>` with no command → the
 *   service's `command:` in the compose file.
 */
import type { Located } from '../../../model/position.js';
import { parseYaml } from '../../yaml.js';
import { dirOf, findIn, joinPath, positionals, shellQuote, type Invocation, type Resolver, type TaskBody, type TaskContext } from './types.js';

/** A command written inline on the invoking line. */
function inline(inv: Invocation, words: readonly string[], label: string, cwd = inv.cwd): TaskBody[] | undefined {
  if (words.length === 0) return undefined;
  const text = words.length === 1 ? words[0]! : shellQuote(words);
  return [{ key: `inline:${label}:${inv.at.file}:${inv.at.line}:${inv.at.column}`, label, at: inv.at, via: [], lines: [{ value: text, pos: { line: inv.at.line, column: inv.at.column } }], cwd }];
}

/** Named command lines of a YAML file (`entrypoint:`, `run:` ...), with their positions. */
function yamlCommands(ctx: TaskContext, file: string, keys: readonly string[], dirKey: string): { lines: Located<string>[]; dir?: string } | undefined {
  return ctx.once(`yaml-commands:${keys.join(',')}`, file, (text) => {
    const { reader: y, root, findings } = parseYaml(file, text);
    ctx.findings.push(...findings);
    const lines = keys.flatMap((k) => y.scalarLines(y.get(root, k)));
    const dir = y.str(y.get(root, dirKey))?.value;
    return dir !== undefined ? { lines, dir } : { lines };
  });
}

function fileBody(ctx: TaskContext, inv: Invocation, spec: string, keys: readonly string[], dirKey: string, label: string): TaskBody[] | undefined {
  const file = joinPath(inv.cwd, spec);
  if (file === undefined) return undefined;
  if (!ctx.repo.has(file)) {
    ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `The job file "${spec}" is not in the repository (looked for "${file}"), so what this job runs is not counted. Check the path or the step's working-directory.` });
    inv.miss?.('missing-script', `the job file "${file}" is not in the repository`, file);
    return undefined;
  }
  const found = yamlCommands(ctx, file, keys, dirKey);
  if (!found || found.lines.length === 0) return undefined;
  const cwd = found.dir !== undefined && !found.dir.includes('$') ? (joinPath(dirOf(file), found.dir) ?? inv.cwd) : inv.cwd;
  return [{ key: `${label}:${file}`, label: `${label} "${file}"`, at: { file, line: found.lines[0]!.pos.line, column: 1 }, via: [], lines: found.lines, cwd }];
}

const isYaml = (w: string) => /\.ya?ml$/.test(w);

const RAY_VALUED = new Set(['--address', '--working-dir', '--runtime-env', '--runtime-env-json', '--submission-id', '--job-id', '--entrypoint-num-cpus', '--entrypoint-num-gpus', '--entrypoint-memory', '--entrypoint-resources', '--metadata-json', '--log-style', '--log-color', '-v']);

export const resolveRayJob: Resolver = (inv) => {
  const a = inv.argv;
  if (a[0] !== 'ray' || a[1] !== 'job' || a[2] !== 'submit') return undefined;
  const dash = a.indexOf('--');
  if (dash < 0) return undefined;
  const { opts } = positionals(a.slice(3, dash), RAY_VALUED);
  const wd = opts.get('--working-dir')?.[0];
  return inline(inv, a.slice(dash + 1), 'ray job', wd !== undefined ? (joinPath(inv.cwd, wd) ?? inv.cwd) : inv.cwd);
};

const ANYSCALE_VALUED = new Set(['-f', '--config-file', '-n', '--name', '-w', '--working-dir', '--image-uri', '--containerfile', '--compute-config', '-e', '--env', '--exclude', '-r', '--requirements', '--cloud', '--project', '--max-retries', '--timeout-s', '--description', '--py-modules', '--ray-version', '--registry-login-secret']);

export const resolveAnyscaleJob: Resolver = (inv, ctx) => {
  const a = inv.argv;
  if (a[0] !== 'anyscale' || (a[1] !== 'job' && a[1] !== 'jobs') || a[2] !== 'submit') return undefined;
  const dash = a.indexOf('--');
  const { args, opts } = positionals(dash >= 0 ? a.slice(3, dash) : a.slice(3), ANYSCALE_VALUED);
  const wd = (opts.get('-w') ?? opts.get('--working-dir'))?.[0];
  const cwd = wd !== undefined ? (joinPath(inv.cwd, wd) ?? inv.cwd) : inv.cwd;
  if (dash >= 0 && dash + 1 < a.length) return inline(inv, a.slice(dash + 1), 'anyscale job', cwd);
  const spec = (opts.get('-f') ?? opts.get('--config-file'))?.[0] ?? args.find(isYaml);
  if (spec !== undefined) return fileBody(ctx, inv, spec, ['entrypoint'], 'working_dir', 'anyscale job');
  return args.length > 0 ? inline(inv, args, 'anyscale job', cwd) : undefined;
};

const SKY_VALUED = new Set(['-c', '--cluster', '--env', '--env-file', '--secret', '--gpus', '--cloud', '--infra', '--region', '--zone', '-i', '--idle-minutes-to-autostop', '--num-nodes', '-n', '--name', '--workdir', '--cpus', '--memory', '--disk-size', '--disk-tier', '--image-id', '--instance-type', '--ports', '--network-tier', '--service-name', '--config', '--async-call']);

export const resolveSky: Resolver = (inv, ctx) => {
  const a = inv.argv;
  if (a[0] !== 'sky') return undefined;
  let rest: string[];
  let clusterFirst = false;
  if (a[1] === 'launch') rest = a.slice(2);
  else if (a[1] === 'exec') {
    rest = a.slice(2);
    clusterFirst = true;
  } else if ((a[1] === 'jobs' || a[1] === 'spot') && a[2] === 'launch') rest = a.slice(3);
  else if (a[1] === 'serve' && a[2] === 'up') rest = a.slice(3);
  else return undefined;
  const { args, opts } = positionals(rest, SKY_VALUED);
  const words = clusterFirst && !opts.has('-c') && !opts.has('--cluster') ? args.slice(1) : args;
  const wd = opts.get('--workdir')?.[0];
  const spec = words.find(isYaml);
  if (spec !== undefined) return fileBody(ctx, inv, spec, ['setup', 'run'], 'workdir', 'SkyPilot task');
  return inline(inv, words, 'SkyPilot command', wd !== undefined ? (joinPath(inv.cwd, wd) ?? inv.cwd) : inv.cwd);
};

const DOCKER_RUN_VALUED = new Set([
  '-a', '--attach', '--add-host', '--blkio-weight', '--cap-add', '--cap-drop', '--cgroup-parent', '--cidfile', '--cpu-period', '--cpu-quota', '--cpu-shares', '-c',
  '--cpus', '--cpuset-cpus', '--cpuset-mems', '--device', '--dns', '--dns-option', '--dns-search', '--entrypoint', '-e', '--env', '--env-file', '--expose', '--gpus',
  '--group-add', '--health-cmd', '--health-interval', '--health-retries', '--health-timeout', '-h', '--hostname', '--ip', '--ip6', '--ipc', '--isolation', '-l', '--label',
  '--label-file', '--link', '--log-driver', '--log-opt', '--mac-address', '-m', '--memory', '--memory-swap', '--mount', '--name', '--network', '--net', '--network-alias',
  '--pid', '--platform', '-p', '--publish', '--pull', '--restart', '--runtime', '--security-opt', '--shm-size', '--stop-signal', '--stop-timeout', '--storage-opt',
  '--sysctl', '--tmpfs', '--ulimit', '-u', '--user', '--userns', '--uts', '-v', '--volume', '--volumes-from', '-w', '--workdir',
]);
const COMPOSE_GLOBAL_VALUED = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--progress', '--parallel']);
const COMPOSE_RUN_VALUED = new Set(['-e', '--env', '-l', '--label', '--name', '-p', '--publish', '-u', '--user', '-v', '--volume', '-w', '--workdir', '--entrypoint', '--cap-add', '--cap-drop', '--pull', '--index']);

/** Words after the options: the first is the image or service, the rest its command. */
function afterOptions(words: readonly string[], valued: ReadonlySet<string>): string[] {
  let i = 0;
  while (i < words.length && words[i]!.startsWith('-') && words[i] !== '--') i += valued.has(words[i]!) && !words[i]!.includes('=') ? 2 : 1;
  return words.slice(words[i] === '--' ? i + 1 : i);
}

/** The `command:` of a compose service, when the service names no other command. */
function composeCommand(ctx: TaskContext, inv: Invocation, files: readonly string[], service: string): TaskBody[] | undefined {
  const file = files.length > 0 ? joinPath(inv.cwd, files[0]!) : findIn(ctx.repo, inv.cwd, ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']);
  if (file === undefined || !ctx.repo.has(file)) return undefined;
  const cmd = ctx.once(`compose:${service}`, file, (text) => {
    const { reader: y, root } = parseYaml(file, text);
    const node = y.get(y.get(y.get(root, 'services'), service), 'command');
    const s = y.str(node);
    if (s) return s;
    const list = y.strList(node);
    return list.length > 0 ? { value: shellQuote(list.map((l) => l.value)), pos: list[0]!.pos } : undefined;
  });
  if (!cmd) return undefined;
  return [{ key: `compose:${file}#${service}`, label: `compose service "${service}"`, at: { file, line: cmd.pos.line, column: cmd.pos.column }, via: [], lines: [cmd], cwd: dirOf(file) }];
}

export const resolveDocker: Resolver = (inv, ctx) => {
  const a = inv.argv;
  let i: number;
  if (a[0] === 'docker' && a[1] === 'compose') i = 2;
  else if (a[0] === 'docker-compose' || a[0] === 'podman-compose') i = 1;
  else if ((a[0] === 'docker' || a[0] === 'podman') && (a[1] === 'run' || (a[1] === 'container' && a[2] === 'run'))) {
    const rest = afterOptions(a.slice(a[1] === 'run' ? 2 : 3), DOCKER_RUN_VALUED);
    return inline(inv, rest.slice(1), `container of image "${rest[0] ?? ''}"`);
  } else return undefined;
  const files: string[] = [];
  while (i < a.length && a[i]!.startsWith('-')) {
    if ((a[i] === '-f' || a[i] === '--file') && a[i + 1] !== undefined) files.push(a[i + 1]!);
    i += COMPOSE_GLOBAL_VALUED.has(a[i]!) ? 2 : 1;
  }
  const sub = a[i];
  if (sub !== 'run' && sub !== 'exec') return undefined;
  const rest = afterOptions(a.slice(i + 1), COMPOSE_RUN_VALUED);
  const service = rest[0];
  if (service === undefined) return undefined;
  if (rest.length > 1) return inline(inv, rest.slice(1), `compose service "${service}"`);
  return sub === 'run' ? composeCommand(ctx, inv, files, service) : undefined;
};
