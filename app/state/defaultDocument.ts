/** The document shown when the link carries none: a small, valid, commented run environment. */
export const DEFAULT_DOCUMENT = `# Polyaxon run environment: where and how the run's pods are scheduled.
# Paste your own section, a whole polyaxonfile or a Kubernetes manifest here.
environment:
  labels:
    team: research          # added to every pod of the run
  annotations:
    example.com/owner: ml-platform
  nodeSelector:
    node.kubernetes.io/instance-type: g5.xlarge
  tolerations:
    # let the pods land on the tainted GPU nodes
    - key: nvidia.com/gpu
      operator: Exists
      effect: NoSchedule
  serviceAccountName: polyaxon-runner
  restartPolicy: Never
  securityContext:          # becomes the pod's security context
    runAsNonRoot: true
    runAsUser: 1000
    runAsGroup: 1000
    seccompProfile:
      type: RuntimeDefault
`;
