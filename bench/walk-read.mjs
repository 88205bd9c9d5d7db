// The plain baseline: lists every folder the analysis lists and reads, as UTF-8, exactly
// the files the analysis reads. Input: a JSON file { root, dirs: [...], files: [...] }.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const { root, dirs, files } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let entries = 0;
for (const d of dirs) entries += readdirSync(join(root, d), { withFileTypes: true }).length;
let chars = 0;
for (const f of files) chars += readFileSync(join(root, f), 'utf8').length;
process.stdout.write(`${entries} entries, ${chars} chars\n`);
