/** Which source files a command runs (scripts it names), and the commands that run code matching a vocabulary. */
import * as path from 'node:path';
import type { Analysis } from './analyze.js';
import type { Command } from '../model/ci.js';
import { shellWords } from '../parse/commands.js';
import { codeLines, patternsIn, type SourceHit } from './code-search.js';
import { type SourcePattern } from '../model/signal.js';
import { matchCommands } from './match.js';
import { runIndex } from './run-index.js';
import type { CommandSignal } from '../model/signal.js';

/** Code files (Python, shell, R, Julia; never notebooks) that a command runs, as repository paths. */
export function scriptsOf(a: Analysis, c: Command): string[] {
  const byCommand = runIndex(a.repo).scripts;
  let known = byCommand.get(c);
  if (!known) byCommand.set(c, (known = findScripts(a, c)));
  return [...known];
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

/** Commands whose script holds a line matching a pattern (the first such line per command). */
export function commandsRunningCode(a: Analysis, patterns: readonly SourcePattern[], commands: readonly Command[] = a.commands): CodeRun[] {
  const out: CodeRun[] = [];
  for (const command of commands) {
    for (const file of scriptsOf(a, command)) {
      const hit = firstHit(a, file, patterns);
      if (hit) {
        out.push({ command, hit });
        break;
      }
    }
  }
  return out;
}

function firstHit(a: Analysis, file: string, patterns: readonly SourcePattern[]): SourceHit | undefined {
  const active = patternsIn(a.repo, file, patterns);
  if (active.length === 0) return undefined;
  const lines = codeLines(a.repo, file) ?? [];
  for (let i = 0; i < lines.length; i++) {
    for (const p of active) {
      const m = p.re.exec(lines[i]!);
      if (m) return { file, line: i + 1, column: m.index + 1, label: p.label, text: lines[i]!.trim().slice(0, 160) };
    }
  }
  return undefined;
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
