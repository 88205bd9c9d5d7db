/**
 * The indirections command resolution follows, in the order they are tried (one row per
 * task runner; the first resolver that recognises a command wins).
 */
import { resolveJust, resolveTask } from './just.js';
import { resolveMake } from './make.js';
import { resolveMise } from './mise.js';
import { resolveNox } from './nox.js';
import { resolveNpm } from './npm.js';
import { resolvePreCommit } from './pre-commit.js';
import { resolveHatch, resolvePdm, resolvePixi, resolvePoe } from './pyproject-scripts.js';
import { resolveScript } from './script.js';
import { resolveAnyscaleJob, resolveDocker, resolveRayJob, resolveSky } from './submit.js';
import { resolveTox } from './tox.js';
import type { Resolver } from './types.js';

export const RESOLVERS: readonly { name: string; resolve: Resolver }[] = [
  { name: 'make', resolve: resolveMake },
  { name: 'tox', resolve: resolveTox },
  { name: 'nox', resolve: resolveNox },
  { name: 'npm', resolve: resolveNpm },
  { name: 'just', resolve: resolveJust },
  { name: 'task', resolve: resolveTask },
  { name: 'mise', resolve: resolveMise },
  { name: 'poe', resolve: resolvePoe },
  { name: 'hatch', resolve: resolveHatch },
  { name: 'pdm', resolve: resolvePdm },
  { name: 'pixi', resolve: resolvePixi },
  { name: 'pre-commit', resolve: resolvePreCommit },
  { name: 'ray job', resolve: resolveRayJob },
  { name: 'anyscale job', resolve: resolveAnyscaleJob },
  { name: 'skypilot', resolve: resolveSky },
  { name: 'docker', resolve: resolveDocker },
  { name: 'script', resolve: resolveScript },
];
