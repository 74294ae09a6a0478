import { child, entriesOf, str } from '../../judge/located';
import type { Rule } from '../../judge/rule';
import { annotationsSize, isValidAnnotationKey, TOTAL_ANNOTATION_SIZE_LIMIT } from '../../k8s/names';
import { brief } from './brief';
import { deprecatedAnnotation } from './deprecatedAnnotations';

/**
 * Annotation keys are qualified names once lower-cased, and keys plus values must stay within
 * 256 KiB in total (ValidateAnnotations). Deprecated pod annotations get the API's warning.
 */
export const annotationsRule: Rule = {
  id: 'metadata-annotations',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const annotations = child(ctx.root, 'annotations');
    const entries = entriesOf(annotations);
    for (const [key, entry] of entries) {
      const errors = isValidAnnotationKey(key);
      if (errors.length > 0) {
        ctx.report({
          code: 'annotation-key-invalid',
          message:
            `annotation key "${key}" is not valid: ${brief(errors)}. ` +
            'Write an optional DNS prefix and a name, such as example.com/owner',
          at: entry,
          onKey: true,
        });
      }
      const deprecated = deprecatedAnnotation(key, ctx.root);
      if (deprecated) {
        ctx.report({
          code: 'deprecated-pod-annotation',
          message: `${key} ${deprecated}`,
          at: entry,
          onKey: true,
        });
      }
    }
    if (!annotations || entries.length === 0) return;
    const size = annotationsSize(entries.map(([k, v]): [string, string] => [k, str(v) ?? '']));
    if (size > TOTAL_ANNOTATION_SIZE_LIMIT) {
      ctx.report({
        code: 'annotations-too-large',
        message:
          `the annotations take ${size} bytes (keys plus values), over Kubernetes' limit of ` +
          `${TOTAL_ANNOTATION_SIZE_LIMIT} bytes (256 KiB); move large values to a ConfigMap or a volume`,
        at: annotations,
        data: { size, limit: TOTAL_ANNOTATION_SIZE_LIMIT },
      });
    }
  },
};
