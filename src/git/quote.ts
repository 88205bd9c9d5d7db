/** git's C-style quoting of paths, undone in one place for `git diff` and `git log` readers. */

/** git quotes paths with unusual bytes even with core.quotepath off (a tab, a quote): undo the C quoting. */
export function unquote(line: string): string {
  if (!(line.startsWith('"') && line.endsWith('"') && line.length >= 2)) return line;
  const body = line.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[++i] ?? '';
    if (/[0-7]/.test(next)) {
      const oct = body.slice(i, i + 3);
      bytes.push(parseInt(oct, 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
