import type { editor, IDisposable, languages } from 'monaco-editor/esm/vs/editor/editor.api';
import type { Issue } from '../../src/index';
import { fixesFor } from '../../src/index';
import type { Monaco } from './monaco';

/**
 * The core's fixes as Monaco quick fixes (light bulb, Ctrl+.): each marker of ours whose issue
 * has fixes offers them; safe ones are preferred. Applying one is one undo step.
 */
export function registerQuickFixes(monaco: Monaco, currentIssues: () => readonly Issue[]): IDisposable {
  return monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(model: editor.ITextModel, _range, context) {
      const text = model.getValue();
      const actions: languages.CodeAction[] = [];
      // Our markers are the only ones (monaco-yaml's validation is off); each is matched to its issue.
      for (const marker of context.markers) {
        const startOffset = model.getOffsetAt({
          lineNumber: marker.startLineNumber,
          column: marker.startColumn,
        });
        const issue = currentIssues().find(
          (i) => i.code === marker.code && Math.min(i.range.start.offset, text.length) === startOffset,
        );
        if (!issue) continue;
        for (const option of fixesFor(text, issue)) {
          const result = option.apply();
          if (!result.ok) continue;
          actions.push({
            title: option.title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: option.safe,
            edit: {
              edits: result.splices.map((s) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: {
                  range: monaco.Range.fromPositions(model.getPositionAt(s.from), model.getPositionAt(s.to)),
                  text: s.insert,
                },
              })),
            },
          });
        }
      }
      return { actions, dispose() {} };
    },
  });
}
