/** Serving code the repository ships: Dockerfiles that start a model server, and serving manifests. */
import type { Analysis } from './analyze.js';
import { findInSource, type SourceHit } from './code-search.js';
import { LAMBDA_IMAGE, MODEL_ARTIFACT_MENTION, SERVER_IMAGE, SERVING_MANIFESTS, STRONG_SERVER, WEAK_SERVER } from '../vocabulary/shared/serving.js';
import { isDockerfile } from '../parse/dockerfile.js';
import { parseYaml } from '../parse/yaml.js';
import type { Command } from '../model/ci.js';
import * as path from 'node:path';
import { runIndex } from './run-index.js';

export interface ServingDockerfile {
  path: string;
  line: number;
  server: string;
}

/**
 * Dockerfiles whose image serves a model: a model server in CMD/ENTRYPOINT or as the base
 * image, or a web server (uvicorn, gunicorn, ...) in an image that mentions model files.
 */
export function servingDockerfiles(a: Analysis): ServingDockerfile[] {
  const cache = runIndex(a.repo).servingDockerfiles;
  const cached = cache.get(a);
  if (cached) return cached;
  const out: ServingDockerfile[] = [];
  for (const p of a.repo.files) {
    if (!isDockerfile(p)) continue;
    const text = a.repo.read(p);
    if (!text) continue;
    const lines = text.split(/\r?\n/);
    const mentionsModel = MODEL_ARTIFACT_MENTION.test(text);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)/i.exec(l);
      const run = /^\s*(CMD|ENTRYPOINT)\b(.*)$/i.exec(l);
      const server = from
        ? (SERVER_IMAGE.find((s) => s.re.test(from[1]!)) ?? (mentionsModel && LAMBDA_IMAGE.re.test(from[1]!) ? LAMBDA_IMAGE : undefined))
        : run
          ? (STRONG_SERVER.find((s) => s.re.test(run[2]!)) ?? (mentionsModel ? WEAK_SERVER.find((s) => s.re.test(run[2]!)) : undefined))
          : undefined;
      if (server) {
        out.push({ path: p, line: i + 1, server: server.label });
        break;
      }
    }
  }
  cache.set(a, out);
  return out;
}

/** Kubernetes manifests that serve a model (KServe, Seldon, Ray Serve, a model-server image). */
export function servingManifests(a: Analysis): readonly SourceHit[] {
  const cache = runIndex(a.repo).servingManifests;
  let hits = cache.get(a);
  if (!hits) cache.set(a, (hits = findInSource(a.repo, SERVING_MANIFESTS, { exts: ['.yaml', '.yml'], where: (p) => !p.startsWith('.github/'), limitPerLabel: 10 })));
  return hits;
}

const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const COMPOSE_GLOBAL_VALUED = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--progress', '--parallel']);

/** The Dockerfile each service of a compose file builds (`build: ctx` or `build: { context, dockerfile }`). */
function composeBuilds(a: Analysis, file: string): Map<string, string> {
  const byFile = runIndex(a.repo).composeBuilds;
  const known = byFile.get(file);
  if (known) return known;
  const out = new Map<string, string>();
  const text = a.repo.read(file);
  if (text !== undefined) {
    const { reader: y, root } = parseYaml(file, text);
    for (const s of y.entries(y.get(root, 'services'))) {
      const build = y.get(s.value, 'build');
      const context = y.str(build)?.value ?? y.str(y.get(build, 'context'))?.value;
      if (context === undefined && !y.hasKey(s.value, 'build')) continue;
      const dockerfile = y.str(y.get(build, 'dockerfile'))?.value ?? 'Dockerfile';
      out.set(s.key, path.posix.normalize(path.posix.join(path.posix.dirname(file), context ?? '.', dockerfile)).replace(/^\.\//, ''));
    }
  }
  byFile.set(file, out);
  return out;
}

/**
 * The Dockerfiles a compose command builds: `docker compose [-f x] build [svc...]`, or `up`,
 * `run` and `create` with `--build`; the services named, or every service with a `build:`.
 */
export function composeBuiltDockerfiles(a: Analysis, c: Command): string[] {
  const w = c.argv;
  let i = w[0] === 'docker' && w[1] === 'compose' ? 2 : w[0] === 'docker-compose' || w[0] === 'podman-compose' ? 1 : -1;
  if (i < 0) return [];
  const files: string[] = [];
  while (i < w.length && w[i]!.startsWith('-')) {
    if ((w[i] === '-f' || w[i] === '--file') && w[i + 1] !== undefined) files.push(w[i + 1]!);
    i += COMPOSE_GLOBAL_VALUED.has(w[i]!) ? 2 : 1;
  }
  const sub = w[i];
  const rest = w.slice(i + 1);
  if (sub !== 'build' && !((sub === 'up' || sub === 'run' || sub === 'create') && rest.includes('--build'))) return [];
  const wd = c.exec.step.workdir?.value ?? '';
  const file = files.length > 0 ? path.posix.normalize(path.posix.join(wd, files[0]!)).replace(/^\.\//, '') : COMPOSE_FILES.map((f) => path.posix.join(wd, f)).find((f) => a.repo.has(f));
  if (file === undefined || file.includes('$')) return [];
  const builds = composeBuilds(a, file);
  // `run` takes one service then its command; `build`, `up` and `create` name services.
  const named = rest.filter((x) => !x.startsWith('-') && builds.has(x));
  const services = sub === 'run' ? named.slice(0, 1) : named;
  return [...new Set((services.length > 0 ? services : [...builds.keys()]).map((s) => builds.get(s)!).filter((d) => d !== undefined))];
}
