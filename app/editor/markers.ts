import type { editor } from 'monaco-editor/esm/vs/editor/editor.api';
import type { Issue } from '../../src/index';
import type { Monaco } from './monaco';

/** Our markers' owner, kept apart from monaco-yaml's own `yaml` markers. */
export const MARKER_OWNER = 'polyaxon-check';

function severityOf(monaco: Monaco, severity: Issue['severity']): editor.IMarkerData['severity'] {
  if (severity === 'error') return monaco.MarkerSeverity.Error;
  if (severity === 'warning') return monaco.MarkerSeverity.Warning;
  return monaco.MarkerSeverity.Info;
}

/**
 * Turns issues into markers. Positions come from the issues' offsets, which count UTF-16 code
 * units like Monaco does. An empty range is widened to one character so it stays visible.
 */
export function issuesToMarkers(
  monaco: Monaco,
  model: editor.ITextModel,
  issues: readonly Issue[],
): editor.IMarkerData[] {
  const length = model.getValueLength();
  return issues.map((issue) => {
    const startOffset = Math.min(issue.range.start.offset, length);
    const endOffset = Math.min(Math.max(issue.range.end.offset, startOffset + 1), length);
    const start = model.getPositionAt(startOffset);
    const end = model.getPositionAt(endOffset);
    return {
      severity: severityOf(monaco, issue.severity),
      message: issue.message,
      code: issue.code,
      source: issue.source,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}
