import { compareFindings, type Finding } from '../../src/model/finding.js';
import { annotationProperties, selectAnnotations } from '../../src/report/annotations.js';
import { finding, manyFindings } from '../helpers/reports.js';

describe('selectAnnotations', () => {
  const findings = manyFindings(25);

  it('shows at most 10 of each severity, errors first, and cuts the rest', () => {
    const { shown, cut } = selectAnnotations(findings);
    expect(shown.map((f) => f.severity)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
    expect(cut).toHaveLength(45);
    expect(cut.filter((f) => f.severity === 'error')).toHaveLength(15);
  });

  it('keeps the first findings of each severity by place, whatever the input order', () => {
    const forward = selectAnnotations(findings);
    const backward = selectAnnotations([...findings].reverse());
    expect(backward).toEqual(forward);
    const errors = [...findings].filter((f) => f.severity === 'error').sort(compareFindings);
    expect(forward.shown.slice(0, 10)).toEqual(errors.slice(0, 10));
    expect(forward.cut.slice(0, 15)).toEqual(errors.slice(10));
  });

  it.each([
    [0, 0, 75],
    [3, 9, 66],
    [100, 75, 0],
  ])('with %d per level shows %d and cuts %d', (perLevel, shown, cut) => {
    const r = selectAnnotations(findings, perLevel);
    expect([r.shown.length, r.cut.length]).toEqual([shown, cut]);
  });

  it('does not fill one severity\'s room with another', () => {
    const onlyWarnings = Array.from({ length: 12 }, (_, i) => finding('warning', 'a.yml', i + 1));
    const r = selectAnnotations([finding('notice', 'b.yml', 1), ...onlyWarnings]);
    expect(r.shown.map((f) => `${f.severity}@${f.line}`)).toEqual([...Array.from({ length: 10 }, (_, i) => `warning@${i + 1}`), 'notice@1']);
    expect(r.cut.map((f) => f.line)).toEqual([11, 12]);
  });
});

describe('annotationProperties', () => {
  const f = (file: string, line: number, column: number): Finding => ({ severity: 'warning', file, line, column, message: 'm', check: 'change-triggers' });
  it.each([
    [f('.github/workflows/ci.yml', 8, 3), { title: 'change-triggers', file: '.github/workflows/ci.yml', startLine: 8, startColumn: 3 }],
    [f('./pyproject.toml', 2, 0), { title: 'change-triggers', file: 'pyproject.toml', startLine: 2 }],
    [f('setup.cfg', 0, 0), { title: 'change-triggers', file: 'setup.cfg' }],
    [f('.', 1, 1), { title: 'change-triggers' }],
  ])('places %j', (input, expected) => {
    expect(annotationProperties(input)).toEqual(expected);
  });
});
