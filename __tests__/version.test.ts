import * as fs from 'node:fs';
import * as path from 'node:path';
import { TOOL_NAME, TOOL_VERSION } from '../src/version.js';
import { PROJECT_ROOT } from './helpers/project.js';

describe('the tool version', () => {
  it('is the one in package.json, so reports name the release that made them', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(TOOL_NAME).toBe(pkg.name);
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
