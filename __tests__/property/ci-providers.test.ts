/**
 * No input crashes the GitLab CI or CircleCI provider: random YAML shaped a little like
 * each configuration, then damaged. Every finding stays located inside its file.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Finding } from '../../src/model/finding.js';
import { readCircleci } from '../../src/parse/ci/circleci/read.js';
import { readGitlabCi } from '../../src/parse/ci/gitlab-ci/read.js';
import { indexRepository } from '../../src/parse/repo.js';
import { makeRepo } from '../helpers/repo.js';

const json = fc.jsonValue({ maxDepth: 2 });
const word = fc.constantFrom('a', 'b', '.t', 'test', 'script', 'steps', 'run', 'checkout', 'x/y', '<< parameters.p >>', '$CI_COMMIT_TAG', '!reference');
const list = fc.array(fc.oneof(word, json), { maxLength: 3 });

const gitlabish = fc.dictionary(
  fc.oneof(word, fc.constantFrom('default', 'include', 'stages', 'workflow', 'variables')),
  fc.oneof(
    json,
    fc.record(
      { script: list, extends: fc.oneof(word, list), rules: fc.array(fc.record({ if: fc.oneof(word, fc.constantFrom('$CI_PIPELINE_SOURCE == "schedule"', '$X =~ /a(/', '(($A')), when: word }, { requiredKeys: [] }), { maxLength: 3 }), needs: list, include: fc.oneof(word, list), trigger: fc.oneof(word, fc.record({ include: word })), parallel: fc.record({ matrix: fc.array(fc.dictionary(word, list), { maxLength: 2 }) }) },
      { requiredKeys: [] },
    ),
  ),
  { maxKeys: 5 },
);

const circleish = fc.record(
  {
    version: fc.constantFrom(2, 2.1, '2.1', 'x'),
    orbs: fc.dictionary(word, fc.oneof(word, json)),
    parameters: fc.dictionary(word, fc.record({ type: word, default: json }, { requiredKeys: [] })),
    commands: fc.dictionary(word, fc.record({ parameters: fc.dictionary(word, json), steps: fc.array(fc.oneof(word, fc.dictionary(word, json)), { maxLength: 3 }) }, { requiredKeys: [] })),
    executors: fc.dictionary(word, json),
    jobs: fc.dictionary(word, fc.record({ executor: fc.oneof(word, json), docker: json, steps: fc.array(fc.oneof(word, fc.dictionary(word, fc.oneof(word, json))), { maxLength: 3 }) }, { requiredKeys: [] })),
    workflows: fc.dictionary(word, fc.record({ jobs: fc.array(fc.oneof(word, fc.dictionary(word, fc.record({ requires: list, filters: json, matrix: json, type: word }, { requiredKeys: [] }))), { maxLength: 3 }), when: json, triggers: json }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);

const damage = fc.array(fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: 10 }), insert: fc.constantFrom('', ':', '- ', '&a ', '*a', '<<: *a\n', '\t', '"', '!reference [a, b]', '\n  ') }), { maxLength: 3 });

function text(value: unknown, edits: { at: number; cut: number; insert: string }[]): string {
  let out = (stringify(value) as string | undefined) ?? '';
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.cut);
  }
  return out;
}

function expectLocated(findings: readonly Finding[], files: Record<string, string>): void {
  for (const f of findings) {
    const lines = (files[f.file] ?? '').split('\n').length;
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines + 1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

describe('the CI providers never throw', () => {
  it('GitLab CI, with an included file', () => {
    fc.assert(
      fc.property(gitlabish, damage, gitlabish, (root, edits, included) => {
        const files = { '.gitlab-ci.yml': `include: /ci/a.yml\n${text(root, edits)}`, 'ci/a.yml': text(included, []) };
        const r = readGitlabCi(indexRepository(makeRepo(files)));
        expectLocated(r.findings, files);
      }),
      { numRuns: 40 },
    );
  });

  it('CircleCI', () => {
    fc.assert(
      fc.property(circleish, damage, (config, edits) => {
        const files = { '.circleci/config.yml': text(config, edits) };
        const r = readCircleci(indexRepository(makeRepo(files)));
        expectLocated(r.findings, files);
      }),
      { numRuns: 40 },
    );
  });
});
