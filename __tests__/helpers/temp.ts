/**
 * Temporary folders for tests: each is removed after the test file that made it, so that a
 * run of the suite leaves nothing in the system's temporary folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];

/** A new folder under the system's temporary folder, named `<prefix>XXXXXX`, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** How many files this process has open whose path holds `part` (Linux: /proc/self/fd), or undefined where that cannot be seen. */
export function openFilesNamed(part: string): number | undefined {
  if (!fs.existsSync('/proc/self/fd')) return undefined;
  let n = 0;
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`).includes(part)) n++;
    } catch {
      // The folder's own descriptor, closed since it was listed.
    }
  }
  return n;
}

afterAll(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
