import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { applyFix, offered } from '../testing';

describe('a single item where a list is expected', () => {
  it('turns a block mapping into a list item, comments kept', () => {
    const text = source`
      environment:
        tolerations:
          # the GPU taint
          key: nvidia.com/gpu
          operator: Exists  # any value
        nodeName: a
    `;
    const fixed = applyFix(text, 'not-a-list');
    expect(fixed).toMatchObject({ safe: true, titles: ['Make it a list item'], again: [] });
    expect(fixed.text).toBe(source`
      environment:
        tolerations:
          # the GPU taint
          - key: nvidia.com/gpu
            operator: Exists  # any value
        nodeName: a
    `);
  });
  it('wraps a flow mapping and a host alias', () => {
    expect(applyFix('environment:\n  tolerations: {key: a, operator: Exists}\n', 'not-a-list').text).toBe(
      'environment:\n  tolerations: [{key: a, operator: Exists}]\n',
    );
    const alias = 'environment:\n  hostAliases:\n    ip: 10.0.0.1\n    hostnames: [foo.local]\n';
    expect(applyFix(alias, 'not-a-list')).toMatchObject({
      text: 'environment:\n  hostAliases:\n    - ip: 10.0.0.1\n      hostnames: [foo.local]\n',
      again: [],
    });
  });
  it('wraps a string where a list of strings is expected', () => {
    expect(applyFix('environment:\n  imagePullSecrets: regcred # docker\n', 'type-mismatch')).toMatchObject({
      safe: true,
      titles: ['Make it a list'],
      text: 'environment:\n  imagePullSecrets: [regcred] # docker\n',
      again: [],
    });
    const hostnames = 'environment:\n  hostAliases:\n    - ip: 10.0.0.1\n      hostnames: foo.local\n';
    expect(applyFix(hostnames, 'type-mismatch').text).toBe(hostnames.replace('foo.local', '[foo.local]'));
  });
});

describe('image pull secrets', () => {
  it('writes the Kubernetes {name} form as a plain name', () => {
    const text = source`
      environment:
        imagePullSecrets:
          - name: regcred  # from the registry
          - other
    `;
    const fixed = applyFix(text, 'image-pull-secret-object');
    expect(fixed).toMatchObject({ safe: true, titles: ['Write regcred'], again: [] });
    expect(fixed.text).toBe(source`
      environment:
        imagePullSecrets:
          - regcred  # from the registry
          - other
    `);
    expect(applyFix('environment:\n  imagePullSecrets: [{name: x}]\n', 'image-pull-secret-object').text).toBe(
      'environment:\n  imagePullSecrets: [x]\n',
    );
  });
  it('removes a repeated or an empty name', () => {
    const text = 'environment:\n  imagePullSecrets: [regcred, other, regcred]\n';
    expect(applyFix(text, 'image-pull-secret-duplicate')).toMatchObject({
      safe: true,
      titles: ['Remove the repeated regcred'],
      text: 'environment:\n  imagePullSecrets: [regcred, other]\n',
      again: [],
    });
    expect(
      applyFix('environment:\n  imagePullSecrets:\n    - ""\n    - a\n', 'image-pull-secret-empty').text,
    ).toBe('environment:\n  imagePullSecrets:\n    - a\n');
  });
  it('writes a name as the {name} form a manifest needs', () => {
    const pod =
      'kind: Pod\napiVersion: v1\nspec:\n  imagePullSecrets:\n    - docker-io-key # hub\n    - name: ok\n';
    expect(applyFix(pod, 'type-mismatch')).toMatchObject({
      safe: true,
      titles: ['Write name: docker-io-key'],
      text: 'kind: Pod\napiVersion: v1\nspec:\n  imagePullSecrets:\n    - name: docker-io-key # hub\n    - name: ok\n',
      again: [],
    });
    expect(
      offered('kind: Pod\napiVersion: v1\nspec:\n  imagePullSecrets:\n    - 12\n', 'type-mismatch'),
    ).toEqual([]);
  });
  it('offers nothing for an item without a name', () => {
    expect(
      offered('environment:\n  imagePullSecrets:\n    - secret: x\n', 'image-pull-secret-object'),
    ).toEqual([]);
  });
});
