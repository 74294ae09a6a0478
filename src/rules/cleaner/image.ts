import { child, str } from '../../judge/located';
import type { Rule } from '../../judge/rule';

/** Splits `repo/img:tag` or `repo/img@sha256:...` into name and tag; a registry port is not a tag. */
export function splitImageTag(image: string): { name: string; tag: string } | null {
  const at = image.indexOf('@');
  if (at > 0) return { name: image.slice(0, at), tag: image.slice(at) };
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  if (colon > slash && colon < image.length - 1)
    return { name: image.slice(0, colon), tag: image.slice(colon + 1) };
  return null;
}

/** The cleaner builds its image as `image + ":" + tag`, so a tag inside `image` breaks it. */
export const cleanerImageRule: Rule = {
  id: 'cleaner-image',
  appliesTo: ['cleaner'],
  run(ctx) {
    const image = child(ctx.root, 'image');
    const value = str(image);
    if (image && value !== undefined) {
      const split = splitImageTag(value);
      if (split) {
        const digest = split.tag.startsWith('@');
        ctx.report({
          code: 'cleaner-image-has-tag',
          message: digest
            ? `Polyaxon appends ":<tag>" to cleaner.image, so a digest in it gives an invalid image name; ` +
              `use image: ${split.name} and set imageTag`
            : `Polyaxon appends ":<tag>" to cleaner.image, so "${value}" becomes "${value}:<version>", an invalid ` +
              `image name; write image: ${split.name} and imageTag: "${split.tag}"`,
          at: image,
          data: { image: split.name, tag: split.tag },
        });
      }
    }
    const tag = child(ctx.root, 'imageTag');
    if (tag && str(tag) === '') {
      ctx.report({
        code: 'cleaner-image-tag-empty',
        message: 'an empty imageTag falls back to the default tag (the Polyaxon version)',
        at: tag,
      });
    }
  },
};

const SCHEDULING = ['nodeSelector', 'affinity', 'tolerations', 'imagePullSecrets'];

/** Fields that the cleaner accepts but that its container code does not read. */
export const cleanerEffectRule: Rule = {
  id: 'cleaner-effect',
  appliesTo: ['cleaner'],
  run(ctx) {
    const hpa = child(ctx.root, 'hpa');
    if (hpa && hpa.value !== null) {
      ctx.report({
        code: 'cleaner-hpa-no-effect',
        message: 'hpa is accepted but means nothing for the cleaner, a one-off job; remove it',
        at: hpa,
        onKey: true,
      });
    }
    for (const name of SCHEDULING) {
      const loc = child(ctx.root, name);
      if (!loc || loc.value === null) continue;
      ctx.report({
        code: 'cleaner-scheduling-unverified',
        message:
          `Polyaxon's cleaner container code reads only image, imageTag, imagePullPolicy and resources; ` +
          `whether ${name} applies depends on how your agent schedules the cleaner job`,
        at: loc,
        onKey: true,
      });
    }
  },
};
