/** Vocabulary row types: what a detection table holds (a `uses:` prefix, a command pattern, a file rule, a text pattern). The config file's extra rows have the same shape. */
/** A `uses:` reference that counts: matched on `owner/repo[/path]`, case-insensitive, before `@`. */
export interface UsesSignal {
  uses: string;
  label: string;
}

/** A command that counts, tested against the program's words (`argv.join(' ')`). */
export interface CommandSignal {
  command: RegExp;
  label: string;
}

/** A repository file that shows the practice exists. */
export interface FileSignal {
  test: (path: string) => boolean;
  label: string;
}

/** A pattern with a label, for text that is neither a command nor a code line (Dockerfile lines, image names). */
export interface TextSignal {
  re: RegExp;
  label: string;
}

export interface SourcePattern {
  /** Tested against each code line (comments removed). */
  re: RegExp;
  label: string;
}
