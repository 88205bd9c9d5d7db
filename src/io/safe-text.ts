/**
 * Repository text on its way to a terminal, a markdown page or a message: control
 * characters (C0 but tab and line feed, DEL, C1 with ESC sequences), bidi controls
 * (which reorder what a reader sees) and zero-width characters (which hide text) are made
 * visible as `<U+XXXX>`, so a name that contained one says so; long values are clipped
 * with a note of how much was cut.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

export function hasUnsafeChars(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/** The text with every unsafe character shown as `<U+XXXX>`. */
export function visibleText(text: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * At most `max` characters in all, the note of what was cut included (so clipping twice
 * changes nothing); a surrogate pair is never split.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(1, max - 40);
  let end = room;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}… (${text.length - end} more characters cut)`;
}

/** A value from the repository quoted for a message: visible, clipped, in double quotes. */
export function quoteValue(value: string, max = 120): string {
  return `"${clipText(visibleText(value), max)}"`;
}
