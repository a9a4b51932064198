/**
 * The k8s/ manifests, rendered per overlay as `kubectl kustomize` would, checked against the Kubernetes and
 * Strimzi schemas and against the topology contract (k8s/topology.ts). Every failure names the overlay, the
 * object and the rule it breaks.
 */
import { join } from 'node:path';
import { loadConfig } from '@renkei/config';
import { renderKustomization, type Resource } from './render-kustomization';
import { apiPort, contextTopics, managementPort, openTelemetryVariables, processes, serviceUrlVariables, topicPartitions } from './topology';
import { containerEnvironment } from './validation/container-environment';
import { deploymentsSelectedBy, leastReplicas, mainContainer, nameOf, ofKind, podLabels, type IDeployment } from './validation/manifest-queries';
import { findSchemaFailures } from './validation/schema-validation';
import { findUntypedFields } from './validation/typed-fields';

const overlays = ['dev', 'prod'] as const;
type Overlay = (typeof overlays)[number];

const rendered = new Map<Overlay, Resource[]>();
const render = (overlay: Overlay): Resource[] => {
  if (!rendered.has(overlay)) rendered.set(overlay, renderKustomization(join(__dirname, 'overlays', overlay)));
  return rendered.get(overlay)!;
};

/** Runs a check over every Deployment of the topology and collects the rules each breaks, as "Deployment x: rule". */
function eachDeployment(resources: Resource[], check: (deployment: IDeployment, name: string) => string[]): string[] {
  return ofKind(resources, 'Deployment').flatMap((deployment) => check(deployment, nameOf(deployment)).map((problem) => `Deployment ${nameOf(deployment)}: ${problem}`));
}

describe.each(overlays)('the %s overlay', (overlay) => {
  let resources: Resource[];
  beforeAll(() => {
    resources = render(overlay);
  });

  it('has a Deployment for every process of the topology, and no other', () => {
    const names = ofKind(resources, 'Deployment').map(nameOf).sort();
    expect(names).toEqual(processes.map((process) => process.name).sort());
  });

  it('validates against the Kubernetes OpenAPI and Strimzi CRD schemas', () => {
    expect(findSchemaFailures(resources)).toEqual([]);
  });

  it('uses no field the Kubernetes and Strimzi types do not declare', () => {
    expect(findUntypedFields(resources)).toEqual([]);
  }, 30_000);

  it('runs each process from the one image, named after it, hardened and with bounded resources', () => {
    const problems = eachDeployment(resources, (deployment, name) => {
      const container = mainContainer(deployment);
      const pod = deployment.spec?.template.spec;
      if (container === undefined || pod === undefined) return ['must run exactly one container'];
      const otelName = container.env?.find((variable) => variable.name === 'OTEL_SERVICE_NAME')?.value;
      const tmpVolume = pod.volumes?.find((volume) => volume.emptyDir !== undefined && container.volumeMounts?.some((mount) => mount.name === volume.name && mount.mountPath === '/tmp'));
      const { resources: limits, securityContext: containerSecurity } = container;
      return [
        JSON.stringify(container.command) !== JSON.stringify(['node', 'infra/runtime/start.cjs', `dist/services/${name}/src/main.js`]) && 'command must be node infra/runtime/start.cjs dist/services/<name>/src/main.js',
        !/(^|\/)renkei(:[\w.-]+|@sha256:\w+)$/.test(container.image ?? '') && `image ${container.image} is not the renkei image`,
        otelName !== name && `OTEL_SERVICE_NAME is ${otelName}, not the process name`,
        !(limits?.requests?.cpu && limits.requests.memory && limits.limits?.cpu && limits.limits.memory) && 'needs cpu and memory requests and limits',
        pod.securityContext?.runAsNonRoot !== true && 'pod must set runAsNonRoot',
        pod.securityContext?.runAsUser !== 10001 && 'pod must run as uid 10001',
        pod.securityContext?.seccompProfile?.type !== 'RuntimeDefault' && 'pod must use the RuntimeDefault seccomp profile',
        containerSecurity?.readOnlyRootFilesystem !== true && 'root filesystem must be read-only',
        containerSecurity?.allowPrivilegeEscalation !== false && 'must forbid privilege escalation',
        JSON.stringify(containerSecurity?.capabilities?.drop) !== '["ALL"]' && 'must drop ALL capabilities',
        tmpVolume === undefined && '/tmp must be an emptyDir (the root filesystem is read-only)',
        pod.terminationGracePeriodSeconds !== 30 && 'terminationGracePeriodSeconds must be 30 (Renkei drains within ~20 s)',
      ].filter((problem): problem is string => typeof problem === 'string');
    });
    expect(problems).toEqual([]);
  });

  it('probes the management port, which every process declares, and the API port only where the topology has one', () => {
    const problems = eachDeployment(resources, (deployment, name) => {
      const container = mainContainer(deployment);
      if (container === undefined) return ['must run exactly one container'];
      const ports = container.ports ?? [];
      const declares = (port: string | number | undefined) => ports.some((declared) => declared.name === port || declared.containerPort === port);
      const portNumber = (port: string | number | undefined) => (typeof port === 'number' ? port : ports.find((declared) => declared.name === port)?.containerPort);
      const probes = { livenessProbe: '/livez', readinessProbe: '/readyz', startupProbe: undefined } as const;
      const hasApi = processes.find((process) => process.name === name)?.apiPort;
      return [
        ...Object.entries(probes).flatMap(([probe, path]) => {
          const httpGet = container[probe as keyof typeof probes]?.httpGet;
          if (httpGet === undefined) return [`${probe} must be an httpGet probe`];
          return [
            !declares(httpGet.port) && `${probe} port ${httpGet.port} is not a declared container port`,
            portNumber(httpGet.port) !== managementPort && `${probe} must use the management port ${managementPort}`,
            path !== undefined && httpGet.path !== path && `${probe} must get ${path}`,
          ];
        }),
        hasApi === true && !ports.some((port) => port.containerPort === apiPort) && `must declare the API port ${apiPort}`,
        hasApi === false && ports.some((port) => port.containerPort === apiPort) && `has no API in the topology but declares port ${apiPort}`,
      ].filter((problem): problem is string => typeof problem === 'string');
    });
    expect(problems).toEqual([]);
  });

  it('gives exactly the API processes a ClusterIP Service on port 3000 that selects only them', () => {
    const services = ofKind(resources, 'Service');
    const problems = services.flatMap((service) => {
      const selected = deploymentsSelectedBy(resources, service.spec?.selector);
      const target = ofKind(resources, 'Deployment').find((deployment) => nameOf(deployment) === selected[0]);
      const containerPorts = (target && mainContainer(target)?.ports) ?? [];
      return [
        selected.length !== 1 && `selector matches ${selected.length} Deployments (${selected.join(', ')}), not exactly one`,
        (service.spec?.type ?? 'ClusterIP') !== 'ClusterIP' && 'must be ClusterIP (only the Ingress is public)',
        JSON.stringify(service.spec?.ports?.map((port) => port.port)) !== `[${apiPort}]` && `must expose port ${apiPort} only (never the management port)`,
        ...(service.spec?.ports ?? [])
          .filter((port) => target !== undefined && !containerPorts.some((declared) => declared.name === port.targetPort || declared.containerPort === port.targetPort))
          .map((port) => `targetPort ${port.targetPort} is not a port of Deployment ${selected[0]}`),
      ]
        .filter((problem): problem is string => typeof problem === 'string')
        .map((problem) => `Service ${nameOf(service)}: ${problem}`);
    });
    const servedBy = services.flatMap((service) => deploymentsSelectedBy(resources, service.spec?.selector)).sort();
    expect(problems).toEqual([]);
    expect(servedBy).toEqual(processes.filter((process) => process.apiPort).map((process) => process.name).sort());
  });

  it('points every HorizontalPodAutoscaler and PodDisruptionBudget at an existing Deployment, and protects every multi-replica one', () => {
    const deploymentNames = ofKind(resources, 'Deployment').map(nameOf);
    const autoscalers = ofKind(resources, 'HorizontalPodAutoscaler').flatMap((hpa) => {
      const ref = hpa.spec?.scaleTargetRef;
      return ref?.kind === 'Deployment' && deploymentNames.includes(ref.name) ? [] : [`HorizontalPodAutoscaler ${nameOf(hpa)}: targets ${ref?.kind} ${ref?.name}, which is not a rendered Deployment`];
    });
    const budgets = ofKind(resources, 'PodDisruptionBudget').flatMap((pdb) => {
      const selected = deploymentsSelectedBy(resources, pdb.spec?.selector);
      return selected.length === 1 ? [] : [`PodDisruptionBudget ${nameOf(pdb)}: selects ${selected.length} Deployments (${selected.join(', ')}), not exactly one`];
    });
    const protectedNames = ofKind(resources, 'PodDisruptionBudget').flatMap((pdb) => deploymentsSelectedBy(resources, pdb.spec?.selector));
    const unprotected = eachDeployment(resources, (deployment, name) => {
      const runsSeveral = leastReplicas(resources, deployment) > 1 || ofKind(resources, 'HorizontalPodAutoscaler').some((hpa) => hpa.spec?.scaleTargetRef.name === name && hpa.spec.maxReplicas > 1);
      return runsSeveral && !protectedNames.includes(name) ? ['runs more than one replica but no PodDisruptionBudget selects it'] : [];
    });
    expect([...autoscalers, ...budgets, ...unprotected]).toEqual([]);
  });

  it('scales within the topology, and consumer-only processes no further than the topics have partitions', () => {
    const problems = processes.flatMap(({ name, scaling, consumerOnly }) => {
      const deployment = ofKind(resources, 'Deployment').find((candidate) => nameOf(candidate) === name);
      const hpa = ofKind(resources, 'HorizontalPodAutoscaler').find((candidate) => candidate.spec?.scaleTargetRef.name === name);
      const max = hpa?.spec?.maxReplicas ?? deployment?.spec?.replicas ?? 1;
      const partitions = Math.min(...ofKind(resources, 'KafkaTopic').map((topic) => topic.spec?.partitions ?? topicPartitions), topicPartitions);
      // prod runs exactly the topology's numbers; dev may run fewer.
      const expected = 'replicas' in scaling ? { min: scaling.replicas, max: scaling.replicas } : scaling;
      const actual = { min: hpa ? (hpa.spec?.minReplicas ?? 1) : (deployment?.spec?.replicas ?? 1), max };
      return [
        'min' in scaling && hpa === undefined && 'must have a HorizontalPodAutoscaler',
        'replicas' in scaling && hpa !== undefined && 'runs a fixed number of replicas, so must have no HorizontalPodAutoscaler',
        overlay === 'prod' && JSON.stringify(actual) !== JSON.stringify(expected) && `runs ${actual.min}..${actual.max} replicas, the topology says ${expected.min}..${expected.max}`,
        overlay === 'dev' && (actual.max > expected.max || actual.min > expected.min) && `runs ${actual.min}..${actual.max} replicas, more than the topology's ${expected.min}..${expected.max}`,
        consumerOnly && max > partitions && `may run ${max} replicas, more than the ${partitions} partitions its consumer group can use`,
        hpa !== undefined && deployment?.spec?.replicas !== undefined && 'sets spec.replicas although a HorizontalPodAutoscaler owns the count',
      ]
        .filter((problem): problem is string => typeof problem === 'string')
        .map((problem) => `Deployment ${name}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('hands every container only variables Renkei reads, which parse with loadConfig', () => {
    // The unknown-variable check relies on loadConfig dropping what its schema does not name.
    expect(loadConfig({ RENKEI_NOT_A_SETTING: 'x' } as NodeJS.ProcessEnv)).not.toHaveProperty('RENKEI_NOT_A_SETTING');
    const serviceAddresses = ofKind(resources, 'Service').flatMap((service) => (service.spec?.ports ?? []).map((port) => `http://${nameOf(service)}:${port.port}`));
    const problems = eachDeployment(resources, (deployment, name) => {
      const container = mainContainer(deployment);
      if (container === undefined) return ['must run exactly one container'];
      const { values, problems: found } = containerEnvironment(resources, container);
      let known: Record<string, unknown> = {};
      try {
        known = loadConfig(values as NodeJS.ProcessEnv);
      } catch (error) {
        found.push(`its environment does not parse with loadConfig: ${(error as Error).message}`);
      }
      const unknown = Object.keys(values).filter((variable) => !(variable in known) && !openTelemetryVariables.includes(variable));
      const urls = Object.keys(values).filter((variable) => /^RENKEI_\w+_URL$/.test(variable));
      const urlsAllowed = name === 'gateway' ? [...serviceUrlVariables, 'RENKEI_INTEGRATION_URL'] : name === 'integration' ? serviceUrlVariables : [];
      return [
        ...found,
        ...(unknown.length > 0 && Object.keys(known).length > 0 ? [`gets ${unknown.join(', ')}, which Renkei does not read`] : []),
        ...urls.filter((variable) => !urlsAllowed.includes(variable)).map((variable) => `gets ${variable}, which the topology gives only to the gateway and integration`),
        ...urlsAllowed.filter((variable) => values[variable] === undefined).map((variable) => `lacks ${variable}`),
        ...urls.filter((variable) => values[variable] !== undefined && !serviceAddresses.includes(values[variable]!)).map((variable) => `${variable} ${values[variable]} is not a rendered Service's address`),
        ...(name === 'gateway' ? [values.RENKEI_GRAPHQL_INTROSPECTION !== (overlay === 'prod' ? 'off' : 'on') && `RENKEI_GRAPHQL_INTROSPECTION is ${values.RENKEI_GRAPHQL_INTROSPECTION}, must be ${overlay === 'prod' ? 'off' : 'on'} in ${overlay}`] : []),
        ...(overlay === 'prod' ? [(values.OTEL_TRACES_SAMPLER !== 'parentbased_traceidratio' || values.OTEL_TRACES_SAMPLER_ARG !== '0.1') && 'prod must sample traces with parentbased_traceidratio 0.1'] : []),
      ].filter((problem): problem is string => typeof problem === 'string');
    });
    expect(problems).toEqual([]);
  });

  it('references the Secret renkei-secrets without ever containing a Secret', () => {
    expect(resources.filter((resource) => resource.kind === 'Secret').map(nameOf)).toEqual([]);
  });

  it('declares the five context topics with the topology partitions and this environment durability', () => {
    const topics = ofKind(resources, 'KafkaTopic');
    const problems = topics.flatMap((topic) => {
      const spec = topic.spec ?? {};
      const config = (spec.config ?? {}) as Record<string, unknown>;
      return [
        !topic.metadata?.labels?.['strimzi.io/cluster'] && 'needs the strimzi.io/cluster label naming its Kafka cluster',
        spec.partitions !== topicPartitions && `has ${spec.partitions} partitions, the topology says ${topicPartitions}`,
        config['retention.ms'] !== -1 && 'must keep events forever (retention.ms -1)',
        config['cleanup.policy'] !== 'delete' && 'must use cleanup.policy delete',
        overlay === 'dev' && spec.replicas !== 1 && 'dev topics have 1 replica',
        overlay === 'prod' && (spec.replicas !== 3 || Number(config['min.insync.replicas']) !== 2) && 'prod topics need 3 replicas and min.insync.replicas 2',
      ]
        .filter((problem): problem is string => typeof problem === 'string')
        .map((problem) => `KafkaTopic ${nameOf(topic)}: ${problem}`);
    });
    expect(problems).toEqual([]);
    expect(topics.map((topic) => topic.spec?.topicName ?? nameOf(topic)).sort()).toEqual([...contextTopics].sort());
  });

  it('publishes the gateway alone, through one Ingress', () => {
    const backends = ofKind(resources, 'Ingress').flatMap((ingress) =>
      (ingress.spec?.rules ?? []).flatMap((rule) => (rule.http?.paths ?? []).map((path) => `Ingress ${nameOf(ingress)} ${path.path} -> ${path.backend.service?.name}:${path.backend.service?.port?.name ?? path.backend.service?.port?.number}`)),
    );
    expect(backends).toEqual(['Ingress gateway / -> gateway:http']);
  });
});

it('gives each Deployment its pod labels as its own selector, so the cross-reference checks above mean something', () => {
  const problems = overlays.flatMap((overlay) =>
    eachDeployment(render(overlay), (deployment) => (deploymentsSelectedBy(render(overlay), deployment.spec?.selector).length === 1 && Object.keys(podLabels(deployment)).length > 0 ? [] : [`${overlay}: selector must match its own pod labels and no other Deployment's`])),
  );
  expect(problems).toEqual([]);
});
