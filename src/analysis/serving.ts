/** Serving code the repository ships: Dockerfiles that start a model server, and serving manifests. */
import type { Analysis } from './analyze.js';
import { findInSource, type SourceHit } from './code-search.js';
import { LAMBDA_IMAGE, MODEL_ARTIFACT_MENTION, SERVER_IMAGE, SERVING_MANIFESTS, STRONG_SERVER, WEAK_SERVER } from '../vocabulary/shared/serving.js';
import { isDockerfile } from '../parse/dockerfile.js';
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
export function servingManifests(a: Analysis): SourceHit[] {
  return findInSource(a.repo, SERVING_MANIFESTS, { exts: ['.yaml', '.yml'], where: (p) => !p.startsWith('.github/'), limitPerLabel: 10 });
}
