import { child, itemsOf, str, type Located } from '../../judge/located';
import type { Rule } from '../../judge/rule';
import { isDns1123Subdomain } from '../../k8s/names';
import { brief } from '../metadata/brief';

/** The name of a pull secret: a plain string (Polyaxon) or the `name` of a `{name}` item (a pod spec). */
function nameOf(item: Located, podSpec: boolean): { at: Located; name: string } | null {
  if (!podSpec) {
    const name = str(item);
    return name === undefined ? null : { at: item, name };
  }
  if (!item.entries) return null;
  const loc = child(item, 'name');
  if (loc && loc.value !== null && loc.value !== undefined) {
    const name = str(loc);
    return name === undefined ? null : { at: loc, name };
  }
  return { at: item, name: '' };
}

/** Kubernetes warns about empty and repeated pull secret names; a name no Secret can have never works. */
export const imagePullSecretsRule: Rule = {
  id: 'scheduling-image-pull-secrets',
  appliesTo: ['environment', 'cleaner', 'podSpec'],
  run(ctx) {
    const podSpec = ctx.section.kind === 'podSpec';
    const seen = new Set<string>();
    for (const item of itemsOf(child(ctx.root, 'imagePullSecrets'))) {
      const entry = nameOf(item, podSpec);
      if (!entry) continue;
      const { at, name } = entry;
      if (name === '') {
        ctx.report({
          code: 'image-pull-secret-empty',
          message:
            'an image pull secret without a name is ignored; write the name of a docker-registry Secret',
          at,
          ...(podSpec && at === item ? { missing: 'name' } : {}),
        });
        continue;
      }
      if (seen.has(name)) {
        ctx.report({
          code: 'image-pull-secret-duplicate',
          message: `the image pull secret ${name} is listed twice; remove the repeat`,
          at,
          data: { fix: 'remove-item' },
        });
        continue;
      }
      seen.add(name);
      const errors = isDns1123Subdomain(name);
      if (errors.length > 0) {
        ctx.report({
          code: 'image-pull-secret-name-invalid',
          message:
            `no Secret can be named "${name}" (${brief(errors)}), so the image pull fails; ` +
            'write the name of an existing Secret in lower case, such as regcred',
          at,
        });
      }
    }
  },
};
