/** Which source files a command runs (scripts it names), and the commands that run code matching a vocabulary. */
import * as path from 'node:path';
import type { Analysis } from './analyze.js';
import type { Command } from '../model/ci.js';
import { shellWords } from '../parse/commands.js';
import { firstHitIn, type SourceHit } from './code-search.js';
import { type SourcePattern } from '../model/signal.js';
import { matchCommands } from './match.js';
import { runIndex } from './run-index.js';
import type { CommandSignal } from '../model/signal.js';
import { firstPartyImports } from './first-party.js';

/** Code files (Python, shell, R, Julia; never notebooks) that a command runs, as repository paths. */
export function scriptsOf(a: Analysis, c: Command): string[] {
  return [...knownScripts(a, c)];
}

/** The scripts a command runs, found once per distinct command text and working folder (a script's commands reach many steps). */
function knownScripts(a: Analysis, c: Command): readonly string[] {
  const ix = runIndex(a.repo);
  let known = ix.scripts.get(c);
  if (!known) {
    const key = `${c.exec.step.workdir?.value ?? ''}\u0000${c.text}`;
    known = ix.scriptsByText.get(key);
    if (!known) ix.scriptsByText.set(key, (known = findScripts(a, c)));
    ix.scripts.set(c, known);
  }
  return known;
}

/** The commands of a list that run a script of the repository, with their scripts, in the list's order: found once per list (every check's scan of all commands asks for the same list). */
function scriptRuns(a: Analysis, commands: readonly Command[]): readonly { command: Command; scripts: readonly string[] }[] {
  const ix = runIndex(a.repo);
  let runs = ix.scriptRuns.get(commands);
  if (!runs) {
    const found: { command: Command; scripts: readonly string[] }[] = [];
    for (const command of commands) {
      const scripts = knownScripts(a, command);
      if (scripts.length > 0) found.push({ command, scripts });
    }
    ix.scriptRuns.set(commands, (runs = found));
  }
  return runs;
}

function findScripts(a: Analysis, c: Command): string[] {
  const wd = c.exec.step.workdir?.value ?? '';
  const words = shellWords(c.text);
  const candidates: string[] = [];
  words.forEach((w, i) => {
    if (w.includes('${{')) return;
    if (/\.(py|sh|bash|R|r|jl)$/.test(w)) candidates.push(w);
    else if (words[i - 1] === '-m' && /^[A-Za-z_][\w.]*$/.test(w)) {
      const base = w.replace(/\./g, '/');
      candidates.push(`${base}.py`, `${base}/__main__.py`, `src/${base}.py`, `src/${base}/__main__.py`);
    }
  });
  const out: string[] = [];
  for (const cand of candidates) {
    for (const dir of wd && !wd.includes('${{') ? [wd, ''] : ['']) {
      const p = path.posix.normalize(path.posix.join(dir, cand)).replace(/^\.\//, '');
      if (!p.startsWith('..') && a.repo.has(p) && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

export interface CodeRun {
  command: Command;
  hit: SourceHit;
}

/**
 * Commands whose script holds a line matching a pattern (the first such line per command); with
 * `throughImports`, also a line of a project module the script imports (one hop: a training script
 * whose tracker is configured in the project's `config.py`).
 */
export function commandsRunningCode(a: Analysis, patterns: readonly SourcePattern[], commands: readonly Command[] = a.commands, opts: { throughImports?: boolean } = {}): CodeRun[] {
  const out: CodeRun[] = [];
  // A script run by many commands is searched once per call (null: no hit).
  const byFile = new Map<string, SourceHit | null>();
  const hitIn = (file: string): SourceHit | null => {
    let hit = byFile.get(file);
    if (hit === undefined) {
      hit = firstHitIn(a.repo, file, patterns) ?? null;
      if (!hit && opts.throughImports) for (const imported of firstPartyImports(a.repo, file)) if ((hit = firstHitIn(a.repo, imported, patterns) ?? null)) break;
      byFile.set(file, hit);
    }
    return hit;
  };
  for (const { command, scripts } of scriptRuns(a, commands)) {
    for (const file of scripts) {
      const hit = hitIn(file);
      if (hit) {
        out.push({ command, hit });
        break;
      }
    }
  }
  return out;
}

/** Test-runner commands whose arguments select tests by a meaning (`-m fairness`, `tests/serving`, `-k drift`). */
export function testRunsSelecting(a: Analysis, runners: readonly CommandSignal[], selects: RegExp): Command[] {
  return matchCommands(a, runners)
    .map((m) => m.command)
    .filter((c) =>
      selects.test(
        c.argv
          .slice(1)
          .join(' ')
          .replace(/\bnot\s+[\w-]+/g, ''),
      ),
    );
}
