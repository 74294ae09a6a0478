import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { applyFix, offered } from '../testing';

describe('cleaner resources written flat', () => {
  it('moves every amount under requests as written, the rest kept', () => {
    const text = source`
      # deployment values
      cleaner:
        resources:
          cpu: 50m
          memory: "64Mi"
        imagePullPolicy: Always
    `;
    const fixed = applyFix(text, 'resources-flat');
    expect(fixed).toMatchObject({ safe: true, titles: ['Move cpu, memory under requests'], again: [] });
    expect(fixed.text).toBe(source`
      # deployment values
      cleaner:
        resources:
          requests:
            cpu: 50m
            memory: "64Mi"
        imagePullPolicy: Always
    `);
  });
  it('keeps the comments above, on and under each moved amount', () => {
    const text = source`
      cleaner:
        # small on purpose
        resources:   # flat
          # CPU for the cleaner
          cpu: 100m # small

          # memory too
          memory: 1Gi # enough
            # was 2Gi
          # end of resources
    `;
    const fixed = applyFix(text, 'resources-flat');
    expect(fixed).toMatchObject({ safe: true, again: [] });
    expect(fixed.text).toBe(source`
      cleaner:
        # small on purpose
        resources:   # flat
          requests:
            # CPU for the cleaner
            cpu: 100m # small
            # memory too
            memory: 1Gi # enough
              # was 2Gi
          # end of resources
    `);
  });
  it('writes a flow map anew (its entries cannot move as text)', () => {
    expect(applyFix('cleaner:\n  resources: {cpu: 1, memory: 1Gi} # flat\n', 'resources-flat')).toMatchObject(
      {
        text: 'cleaner:\n  resources: {requests: {cpu: 1, memory: 1Gi}} # flat\n',
        again: [],
      },
    );
  });
  it('offers nothing when requests already names the amount', () => {
    expect(offered('cleaner:\n  resources:\n    cpu: 1\n    requests: {cpu: 2}\n', 'resources-flat')).toEqual(
      [],
    );
  });
});

describe('a tag inside cleaner.image', () => {
  it('splits it into image and imageTag', () => {
    const text = 'cleaner:\n  image: repo/img:1.10 # pinned\n';
    const fixed = applyFix(text, 'cleaner-image-has-tag');
    expect(fixed).toMatchObject({ safe: true, again: [] });
    expect(fixed.text).toBe('cleaner:\n  image: repo/img # pinned\n  imageTag: "1.10"\n');
  });
  it('asks which tag wins when imageTag differs', () => {
    const text = 'cleaner:\n  image: repo/img:2\n  imageTag: "1"\n';
    expect(offered(text, 'cleaner-image-has-tag')).toEqual([
      'suggestion: Use tag 2 (replaces imageTag 1)',
      'suggestion: Keep imageTag 1 (drop 2 from image)',
    ]);
    expect(applyFix(text, 'cleaner-image-has-tag', 'Use tag 2 (replaces imageTag 1)')).toMatchObject({
      text: 'cleaner:\n  image: repo/img\n  imageTag: "2"\n',
      again: [],
    });
  });
  it('leaves a digest alone', () => {
    expect(offered('cleaner:\n  image: repo/img@sha256:abc\n', 'cleaner-image-has-tag')).toEqual([]);
  });
});

describe('cleaner fields that do nothing', () => {
  it('removes hpa and offers to remove an empty resources', () => {
    expect(
      applyFix('cleaner:\n  hpa: {enabled: true}\n  imageTag: v1\n', 'cleaner-hpa-no-effect'),
    ).toMatchObject({
      safe: true,
      text: 'cleaner:\n  imageTag: v1\n',
      again: [],
    });
    expect(offered('cleaner:\n  resources: {}\n', 'cleaner-resources-empty')).toEqual([
      'suggestion: Remove resources',
    ]);
  });
});
