import { edits, parentOf, valueAt } from '../nodes';
import type { Fix } from '../types';

/** `image: repo/img:1.2` → `image: repo/img` and `imageTag: "1.2"` (Polyaxon appends the tag itself). */
export const cleanerImageFix: Fix = {
  codes: ['cleaner-image-has-tag'],
  kind: 'safe',
  choices(ctx) {
    const { issue } = ctx;
    const image = issue.data?.['image'];
    const tag = issue.data?.['tag'];
    if (typeof image !== 'string' || typeof tag !== 'string' || tag.startsWith('@')) return [];
    const tagPath = [...parentOf(issue.path), 'imageTag'];
    const current = valueAt(ctx, tagPath);
    const setImage = { op: 'set', path: issue.path, value: image } as const;
    if (current === undefined || current === null || current === '' || current === tag) {
      return [
        edits(`Split into image ${image} and imageTag ${tag}`, [
          setImage,
          { op: 'set', path: tagPath, value: tag },
        ]),
      ];
    }
    return [
      edits(`Use tag ${tag} (replaces imageTag ${String(current)})`, [
        setImage,
        { op: 'set', path: tagPath, value: tag },
      ]),
      edits(`Keep imageTag ${String(current)} (drop ${tag} from image)`, [setImage]),
    ];
  },
};
