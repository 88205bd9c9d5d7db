/**
 * INI files as Python's configparser reads them (tox.ini, setup.cfg, pytest.ini, .flake8),
 * keeping the line of every section and key. Multi-line values are indented continuation
 * lines; `#` and `;` start comments.
 */
export interface IniValue {
  key: string;
  /** The value, continuation lines joined with '\n'. */
  value: string;
  line: number;
  /** Each non-empty line of the value with its own line number. */
  lines: { text: string; line: number }[];
}

export interface IniSection {
  name: string;
  line: number;
  values: Map<string, IniValue>;
}

export type IniFile = Map<string, IniSection>;

export function parseIni(text: string): IniFile {
  const sections: IniFile = new Map();
  let current: IniSection | undefined;
  let last: IniValue | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') {
      continue;
    }
    if (/^\s/.test(raw) && last) {
      const t = raw.trim();
      last.value += `\n${t}`;
      last.lines.push({ text: t, line });
      continue;
    }
    const sec = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (sec) {
      current = { name: sec[1]!.trim(), line, values: new Map() };
      if (!sections.has(current.name)) sections.set(current.name, current);
      else current = sections.get(current.name);
      last = undefined;
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (kv && current) {
      const value = kv[2]!.replace(/\s+[#;].*$/, '').trim();
      last = { key: kv[1]!.trim(), value, line, lines: value ? [{ text: value, line }] : [] };
      current.values.set(last.key, last);
    }
  }
  return sections;
}
