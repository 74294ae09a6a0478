import type { SchemaPathSegment } from './introspect';
import type { PxSectionKind } from './jsonSchema';

/** Where a field is documented: a Polyaxon page and a Kubernetes page (each may be missing). */
export interface FieldDocLinks {
  readonly polyaxon?: string;
  readonly kubernetes?: string;
}

// Every page below was seen in a search of the published docs; anchors follow the pages' own
// headings (Polyaxon: the field name in lower case, as its own docs link #priorityclassname).
const PX_ENVIRONMENT = 'https://polyaxon.com/docs/core/specification/environment/';
const PX_CLEANER = 'https://polyaxon.com/docs/setup/auxiliaries/cleaner/';
const PX_REPLICATION = 'https://polyaxon.com/docs/setup/platform/replication-concurrency/';

const K8S = 'https://kubernetes.io/docs/';
const ASSIGN = `${K8S}concepts/scheduling-eviction/assign-pod-node/`;
const TAINTS = `${K8S}concepts/scheduling-eviction/taint-and-toleration/`;
const PRIORITY = `${K8S}concepts/scheduling-eviction/pod-priority-preemption/`;
const DNS = `${K8S}concepts/services-networking/dns-pod-service/`;
const IMAGES = `${K8S}concepts/containers/images/`;
const RESOURCES = `${K8S}concepts/configuration/manage-resources-containers/`;
const SECURITY = `${K8S}tasks/configure-pod-container/security-context/`;
const POD_API = `${K8S}reference/kubernetes-api/workload-resources/pod-v1/`;

/** Links by dotted path (list indices left out), relative to the section. */
type LinkTable = Readonly<Record<string, FieldDocLinks>>;

/** Kubernetes pages for the parts of the Kubernetes types both sections use, by the field's name. */
const K8S_PARTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  affinity: {
    nodeAffinity: `${ASSIGN}#node-affinity`,
    podAffinity: `${ASSIGN}#inter-pod-affinity-and-anti-affinity`,
    podAntiAffinity: `${ASSIGN}#inter-pod-affinity-and-anti-affinity`,
  },
  tolerations: { tolerationSeconds: `${TAINTS}#taint-based-evictions` },
  securityContext: {
    runAsUser: `${SECURITY}#set-the-security-context-for-a-pod`,
    runAsGroup: `${SECURITY}#set-the-security-context-for-a-pod`,
    runAsNonRoot: `${SECURITY}#set-the-security-context-for-a-pod`,
    capabilities: `${SECURITY}#set-capabilities-for-a-container`,
    seLinuxOptions: `${SECURITY}#assign-selinux-labels-to-a-container`,
    seccompProfile: `${SECURITY}#set-the-seccomp-profile-for-a-container`,
    appArmorProfile: `${SECURITY}#set-the-apparmor-profile-for-a-container`,
    procMount: `${SECURITY}#managing-access-to-the-proc-filesystem`,
    windowsOptions: `${K8S}tasks/configure-pod-container/configure-runasusername/`,
  },
  resources: {
    requests: `${RESOURCES}#requests-and-limits`,
    limits: `${RESOURCES}#requests-and-limits`,
  },
};

/** One table per section: its fields, then the parts of those fields' Kubernetes types. */
function table(
  page: string,
  fields: Readonly<Record<string, string | undefined>>,
  extra: LinkTable = {},
): LinkTable {
  const out: Record<string, FieldDocLinks> = {};
  for (const [name, kubernetes] of Object.entries(fields)) {
    out[name] = {
      polyaxon: `${page}#${name.toLowerCase()}`,
      ...(kubernetes !== undefined ? { kubernetes } : {}),
    };
    for (const [part, url] of Object.entries(K8S_PARTS[name] ?? {})) {
      out[`${name}.${part}`] = { kubernetes: url };
    }
  }
  return { ...out, ...extra };
}

const TABLES: Readonly<Record<PxSectionKind, LinkTable>> = {
  environment: table(PX_ENVIRONMENT, {
    labels: `${K8S}concepts/overview/working-with-objects/labels/`,
    annotations: `${K8S}concepts/overview/working-with-objects/annotations/`,
    nodeSelector: `${ASSIGN}#nodeselector`,
    affinity: `${ASSIGN}#affinity-and-anti-affinity`,
    tolerations: TAINTS,
    nodeName: `${ASSIGN}#nodename`,
    serviceAccountName: `${K8S}tasks/configure-pod-container/configure-service-account/`,
    hostAliases: `${K8S}tasks/network/customize-hosts-file-for-pods/#adding-additional-entries-with-hostaliases`,
    securityContext: SECURITY,
    imagePullSecrets: `${IMAGES}#specifying-imagepullsecrets-on-a-pod`,
    hostNetwork: `${POD_API}#hosts-namespaces`,
    hostPID: `${POD_API}#hosts-namespaces`,
    dnsPolicy: `${DNS}#pod-s-dns-policy`,
    dnsConfig: `${DNS}#pod-dns-config`,
    schedulerName: `${K8S}tasks/extend-kubernetes/configure-multiple-schedulers/`,
    priorityClassName: PRIORITY,
    priority: PRIORITY,
    restartPolicy: `${K8S}concepts/workloads/pods/pod-lifecycle/#restart-policy`,
  }),
  cleaner: table(
    PX_CLEANER,
    {
      image: `${IMAGES}#image-names`,
      imageTag: `${IMAGES}#image-names`,
      imagePullPolicy: `${IMAGES}#image-pull-policy`,
      resources: RESOURCES,
      nodeSelector: `${ASSIGN}#nodeselector`,
      affinity: `${ASSIGN}#affinity-and-anti-affinity`,
      tolerations: TAINTS,
      imagePullSecrets: `${IMAGES}#specifying-imagepullsecrets-on-a-pod`,
    },
    {
      // The cleaner page does not list hpa: it is the services' autoscaling, documented there.
      hpa: {
        polyaxon: PX_REPLICATION,
        kubernetes: `${K8S}tasks/run-application/horizontal-pod-autoscale/`,
      },
    },
  ),
};

/** The section itself: its Polyaxon page, and for the environment the Pod it shapes. */
const SECTION_LINKS: Readonly<Record<PxSectionKind, FieldDocLinks>> = {
  environment: { polyaxon: PX_ENVIRONMENT, kubernetes: POD_API },
  cleaner: { polyaxon: PX_CLEANER },
};

/** A camelCase field name as Python writes it: `hostPID` → `host_pid`, `imageTag` → `image_tag`. */
function snakeName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * A first key written with the field's Python (snake_case) name, as Polyaxon also accepts it.
 * Worked out from the table's own names, so that this module needs no schema (nor Zod).
 */
function camelName(kind: PxSectionKind, key: string): string {
  const entries = TABLES[kind];
  if (Object.hasOwn(entries, key)) return key;
  return Object.keys(entries).find((name) => !name.includes('.') && snakeName(name) === key) ?? key;
}

/**
 * The documentation pages of the field at `path` inside a section (list indices are ignored,
 * a first key may be the snake_case name). Each link comes from the nearest documented level:
 * `['tolerations', 0, 'effect']` gets the pages of `tolerations`, and
 * `['affinity', 'nodeAffinity']` its own Kubernetes anchor with the Polyaxon page of `affinity`.
 * An empty path gives the section's pages; a path off the table gives `{}`.
 */
export function fieldDocLinks(kind: PxSectionKind, path: readonly SchemaPathSegment[]): FieldDocLinks {
  const keys = path.filter((seg): seg is string => typeof seg === 'string');
  if (keys.length === 0) return SECTION_LINKS[kind];
  const [first, ...rest] = keys as [string, ...string[]];
  const steps = [camelName(kind, first), ...rest];
  // A key with a dot (a label key, say) is never a documented level, nor is anything below it.
  const dotted = steps.findIndex((step) => step.includes('.'));
  const depth = dotted < 0 ? steps.length : dotted;
  const entries = TABLES[kind];
  let polyaxon: string | undefined;
  let kubernetes: string | undefined;
  for (let n = depth; n > 0 && (polyaxon === undefined || kubernetes === undefined); n--) {
    const hit = entries[steps.slice(0, n).join('.')];
    polyaxon ??= hit?.polyaxon;
    kubernetes ??= hit?.kubernetes;
  }
  return {
    ...(polyaxon !== undefined ? { polyaxon } : {}),
    ...(kubernetes !== undefined ? { kubernetes } : {}),
  };
}

/** Every documented path of a section, dotted (for tests and tooling). */
export function documentedPaths(kind: PxSectionKind): readonly string[] {
  return Object.keys(TABLES[kind]);
}
