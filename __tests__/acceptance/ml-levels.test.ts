/**
 * Acceptance: the ML scenario repositories under __tests__/__fixtures__/repos/ come out at the
 * maturity level and with the profile they were written for (CHECKLIST §5 and §6). Each case
 * also names the items that earn the level and the item that stops it there, with the file
 * and line of the first evidence, so a level that is right for the wrong reason fails too.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/checks/index.js';
import { runEngine } from '../../src/engine.js';
import type { Profile } from '../../src/model/profile.js';
import type { Report } from '../../src/model/report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPOS = path.join(here, '..', '__fixtures__', 'repos');

/** "<verdict> <file:line of the first evidence, or ->". */
type ItemLine = string;

interface Scenario {
  name: string;
  level: number;
  maxLevel: number;
  profile: Profile;
  items: Record<string, ItemLine>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'ml-level-0',
    level: 0,
    maxLevel: 4,
    profile: 'ml-application',
    items: {
      'change-triggers': 'absent -',
      'unit-tests': 'absent -',
      'training-pipeline': 'present train.py:33',
    },
  },
  {
    name: 'ml-level-1',
    level: 1,
    maxLevel: 4,
    profile: 'ml-application',
    items: {
      'change-triggers': 'automated .github/workflows/ci.yml:4',
      'unit-tests': 'automated .github/workflows/ci.yml:29',
      build: 'automated .github/workflows/ci.yml:37',
      'training-pipeline': 'present scripts/train.py:20',
      'experiment-tracking': 'absent -',
    },
  },
  {
    name: 'ml-level-2',
    level: 2,
    maxLevel: 4,
    profile: 'ml-application',
    items: {
      'training-pipeline': 'automated .github/workflows/pipeline.yml:33',
      'experiment-tracking': 'automated .github/workflows/pipeline.yml:11',
      'data-versioning': 'automated .github/workflows/pipeline.yml:32',
      'quality-gate': 'absent -',
      'model-packaging': 'absent -',
    },
  },
  {
    name: 'ml-level-3',
    level: 3,
    maxLevel: 4,
    profile: 'ml-application',
    items: {
      'quality-gate': 'automated .github/workflows/model.yml:49',
      'model-packaging': 'automated .github/workflows/model.yml:70',
      'model-deployment': 'automated .github/workflows/model.yml:90',
      'drift-monitoring': 'absent -',
      'continuous-training': 'absent -',
    },
  },
  {
    name: 'ml-level-4',
    level: 4,
    maxLevel: 4,
    profile: 'ml-application',
    items: {
      'quality-gate': 'automated tests/model/test_quality.py:20',
      'model-deployment': 'automated .github/workflows/train.yml:93',
      'drift-monitoring': 'automated .github/workflows/drift.yml:26',
      'continuous-training': 'automated .github/workflows/train.yml:39',
    },
  },
  {
    name: 'ml-library',
    level: 1,
    maxLevel: 4,
    profile: 'ml-library',
    items: {
      'model-serialization': 'automated tests/test_serialization.py:6',
      'training-tests': 'automated tests/test_training.py:9',
      'data-versioning': 'not-applicable -',
      'model-deployment': 'not-applicable -',
      'drift-monitoring': 'not-applicable -',
      'quality-gate': 'not-applicable -',
    },
  },
  {
    name: 'web-service-no-ml',
    level: 1,
    maxLevel: 1,
    profile: 'library',
    items: {
      'unit-tests': 'automated .github/workflows/ci.yml:21',
      build: 'automated .github/workflows/ci.yml:28',
      'training-pipeline': 'not-applicable -',
      'model-deployment': 'not-applicable -',
    },
  },
];

const reports = new Map<string, Report>();
function reportOf(name: string): Report {
  let r = reports.get(name);
  if (!r) {
    r = runEngine(path.join(REPOS, name), { displayPath: name, ignore: (p) => p === 'expected.txt' }).report;
    reports.set(name, r);
  }
  return r;
}

function itemLine(report: Report, id: string): ItemLine | undefined {
  const item = report.items.find((i) => i.id === id);
  if (!item) return undefined;
  const e = item.evidence[0];
  return `${item.verdict} ${e ? `${e.file}:${e.line}` : '-'}`;
}

describe('ML scenario levels come out as designed', () => {
  it.each(SCENARIOS)('$name is level $level with profile $profile', ({ name, level, maxLevel, profile }) => {
    const r = reportOf(name);
    expect(r.profile.id).toBe(profile);
    expect(r.profile.source).toBe('inferred');
    expect(r.level).toBe(level);
    expect(r.maxLevel).toBe(maxLevel);
  });

  it.each(SCENARIOS)('$name earns its level on the items it was written for', ({ name, items }) => {
    const r = reportOf(name);
    const actual = Object.fromEntries(Object.keys(items).map((id) => [id, itemLine(r, id)]));
    expect(actual).toEqual(items);
  });

  it('every ML phase of the library without ML is not applicable', () => {
    const r = reportOf('web-service-no-ml');
    const ml = r.items.filter((i) => i.phase !== 'devops');
    // The ML items are counted from the registry's metadata, so a new item needs no edit here.
    expect(ml.map((i) => i.id)).toEqual(CHECKS.filter((c) => c.meta.phase !== 'devops').map((c) => c.meta.id));
    expect(ml.filter((i) => i.verdict !== 'not-applicable').map((i) => i.id)).toEqual([]);
  });

  it('the ML library keeps the phases it shows evidence for and drops the others', () => {
    const r = reportOf('ml-library');
    const shown = r.phases.filter((p) => p.score !== null).map((p) => p.id);
    expect(shown).toEqual(['devops', 'training', 'packaging']);
  });
});
