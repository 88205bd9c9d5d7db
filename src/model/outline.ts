/**
 * The structure of a configuration file, as the lines that open it: TOML and INI table
 * headers and keys, YAML and JSON mapping keys. A check that needs "where is `[tool.ruff]`" or "where
 * is the `tests:` key" asks for the first structural line that matches, instead of searching
 * the raw text (which also finds comments, values and strings).
 */
export interface OutlineEntry {
  /** The header's name (`tool.ruff`, `flake8`) or the key's text (`tests`, `"lint"` unquoted). */
  key: string;
  line: number;
  column: number;
  /** The whole line the header or key is written on, as written. */
  text: string;
}
