/**
 * Which findings become annotations. GitHub shows at most 10 errors, 10 warnings and 10
 * notices per step; the rest would be dropped silently, so the renderer chooses them
 * itself (highest severity first, in a stable order) and the summary lists the others.
 */
import { compareFindings, type Finding, type Severity } from '../model/finding.js';

/** The shape of @actions/core's AnnotationProperties (declared here: this folder never imports @actions/core). */
export interface AnnotationProps {
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationSelection {
  shown: Finding[];
  cut: Finding[];
}

export const ANNOTATIONS_PER_LEVEL = 10;

export function selectAnnotations(findings: readonly Finding[], perLevel: number = ANNOTATIONS_PER_LEVEL): AnnotationSelection {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Finding[] = [];
  const cut: Finding[] = [];
  for (const f of [...findings].sort(compareFindings)) {
    if (counts[f.severity] < perLevel) {
      counts[f.severity] += 1;
      shown.push(f);
    } else {
      cut.push(f);
    }
  }
  return { shown, cut };
}

/**
 * Where an annotation points. A finding about the repository as a whole (file ".") gets
 * no file; a column is sent only with a line.
 */
export function annotationProperties(f: Finding): AnnotationProps {
  const props: AnnotationProps = { title: f.check };
  const file = f.file.replace(/^\.\//, '');
  if (file === '' || file === '.') return props;
  props.file = file;
  if (f.line > 0) {
    props.startLine = f.line;
    if (f.column > 0) props.startColumn = f.column;
  }
  return props;
}
