/** Typed views of rendered objects, and the lookups the cross-reference checks share. */
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment' with { 'resolution-mode': 'import' };
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler' with { 'resolution-mode': 'import' };
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress' with { 'resolution-mode': 'import' };
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget' with { 'resolution-mode': 'import' };
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap' with { 'resolution-mode': 'import' };
import type { IContainer } from 'kubernetes-models/v1/Container' with { 'resolution-mode': 'import' };
import type { IService } from 'kubernetes-models/v1/Service' with { 'resolution-mode': 'import' };
import type { IKafkaTopic } from '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2/KafkaTopic' with { 'resolution-mode': 'import' };
import type { Resource } from '../render-kustomization';

export type { IContainer, IDeployment };

interface Kinds {
  ConfigMap: IConfigMap;
  Deployment: IDeployment;
  HorizontalPodAutoscaler: IHorizontalPodAutoscaler;
  Ingress: IIngress;
  KafkaTopic: IKafkaTopic;
  PodDisruptionBudget: IPodDisruptionBudget;
  Service: IService;
}

/** The objects of one kind; the schema checks vouch for their shape. */
export function ofKind<K extends keyof Kinds>(resources: Resource[], kind: K): Kinds[K][] {
  return resources.filter((resource) => resource.kind === kind) as unknown as Kinds[K][];
}

export const nameOf = (object: { metadata?: { name?: string } }): string => object.metadata?.name ?? '(unnamed)';

export function podLabels(deployment: IDeployment): Record<string, string> {
  return deployment.spec?.template.metadata?.labels ?? {};
}

/** Equality selectors only: matchExpressions would need more than the manifests use, so they count as no match. */
export function selects(selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (selector === undefined) return false;
  const isLabelSelector = 'matchLabels' in selector || 'matchExpressions' in selector;
  const matchLabels = (isLabelSelector ? (selector as { matchLabels?: Record<string, string> }).matchLabels : selector) as Record<string, string> | undefined;
  if (isLabelSelector && (selector as { matchExpressions?: unknown[] }).matchExpressions?.length) return false;
  const pairs = Object.entries(matchLabels ?? {});
  return pairs.length > 0 && pairs.every(([key, value]) => labels[key] === value);
}

export function deploymentsSelectedBy(resources: Resource[], selector: Parameters<typeof selects>[0]): string[] {
  return ofKind(resources, 'Deployment')
    .filter((deployment) => selects(selector, podLabels(deployment)))
    .map(nameOf);
}

/** Every Renkei Deployment runs one container, named renkei. */
export function mainContainer(deployment: IDeployment): IContainer | undefined {
  const containers = deployment.spec?.template.spec?.containers ?? [];
  return containers.length === 1 ? containers[0] : undefined;
}

/** Replicas the Deployment runs at least: its HorizontalPodAutoscaler's minimum, or its fixed count. */
export function leastReplicas(resources: Resource[], deployment: IDeployment): number {
  const autoscaler = ofKind(resources, 'HorizontalPodAutoscaler').find((hpa) => hpa.spec?.scaleTargetRef.name === nameOf(deployment));
  return autoscaler?.spec?.minReplicas ?? deployment.spec?.replicas ?? 1;
}
