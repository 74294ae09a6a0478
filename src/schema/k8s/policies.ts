import { z } from 'zod';

/** DNS policies of a pod. */
export const dnsPolicySchema = z.enum(['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']);

/** Restart policies of a Kubernetes pod. */
export const podRestartPolicySchema = z.enum(['Always', 'OnFailure', 'Never']);

/** Image pull policies of a container. */
export const pullPolicySchema = z.enum(['Always', 'IfNotPresent', 'Never']);
