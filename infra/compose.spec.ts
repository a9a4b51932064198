import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, type RenkeiConfig } from '@renkei/config';
import { ApiKeyAuthenticator } from '@renkei/service-kit';
import { argv, dependenciesOf, durationMs, environmentOf, loadCompose, publishedPorts, type ComposeFile, type ComposeService } from './test-support/compose-file';
import { composeSchemaProblems } from './test-support/compose-schema';
import { databaseProblems, eventStoreProblems, imageOf, kafkaProblems } from './test-support/compose-targets';
import { parseDockerfile, stageEnv, type Dockerfile } from './test-support/dockerfile';
import { parseDockerIgnore } from './test-support/dockerignore';
import { CALLS, entryPoint, RENKEI_PROCESSES, serviceUrlVariable } from './test-support/renkei-processes';

// Docker is not available where the tests run, so the laptop stack is checked by reading its files:
// each test gathers every broken rule as "<service or file>.<field>: <rule>" and expects none.

const REPO = resolve(__dirname, '..');
const COMPOSE_FILE = join(__dirname, 'compose.yaml');
const DOCKERFILE = join(__dirname, 'docker', 'Dockerfile');
const COLLECTOR_FILE = join(__dirname, 'otel', 'collector.yaml');
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

/** Services that may publish ports to the host: the public API, and the collector for `npm start` on the host. */
const PUBLISHING = ['gateway', 'otel-collector'];
/** Services without a healthcheck, and why. */
const NO_HEALTHCHECK: Readonly<Record<string, string>> = { 'otel-collector': 'its image holds only the collector binary, nothing to probe with' };

const SCENARIOS: ReadonlyArray<{ title: string; env: Readonly<Record<string, string>> }> = [
  { title: 'on a fresh laptop (every default)', env: {} },
  { title: 'with EVENT_STORE=esdb', env: { EVENT_STORE: 'esdb' } },
];

function composeFor(env: Readonly<Record<string, string>>): { compose: ComposeFile; problems: readonly string[] } {
  const { model, problems } = loadCompose(COMPOSE_FILE, { env, placeholders: {} });
  return { compose: model as ComposeFile, problems };
}

const dockerfile: Dockerfile = parseDockerfile(readFileSync(DOCKERFILE, 'utf8'));
const finalStage = dockerfile.stages[dockerfile.stages.length - 1];
const imageEnv = finalStage ? stageEnv(dockerfile, finalStage) : {};

/** What the process sees: the image's ENV, overridden by the service's environment. */
function containerEnv(service: ComposeService): Record<string, string> {
  return { ...imageEnv, ...environmentOf(service) };
}

function configOf(name: string, service: ComposeService, problems: string[]): RenkeiConfig | undefined {
  try {
    return loadConfig(containerEnv(service));
  } catch (error) {
    problems.push(`${name}.environment: loadConfig rejects it: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

describe('infra/compose.yaml', () => {
  const { compose } = composeFor({});

  it.each(SCENARIOS)('parses, and every variable it uses has a default $title', ({ env }) => {
    expect(composeFor(env).problems).toEqual([]);
  });

  it('conforms to the Compose Specification (JSON schema)', () => {
    expect(composeSchemaProblems(compose)).toEqual([]);
  });

  it('runs every process of the topology from the one Dockerfile and image, with its own entry point', () => {
    const problems: string[] = [];
    for (const { name } of RENKEI_PROCESSES) {
      const service = compose.services[name];
      if (!service) {
        problems.push(`${name}: missing; every process of the topology is a service`);
        continue;
      }
      const build = typeof service.build === 'string' ? { context: service.build } : (service.build ?? {});
      const context = resolve(__dirname, build.context ?? '.');
      if (context !== REPO) problems.push(`${name}.build.context: must be the repo root, is ${relative(REPO, context) || '.'}`);
      const dockerfilePath = resolve(context, build.dockerfile ?? 'Dockerfile');
      if (dockerfilePath !== DOCKERFILE) problems.push(`${name}.build.dockerfile: must be infra/docker/Dockerfile, is ${relative(REPO, dockerfilePath)}`);
      if (service.image !== `renkei:${PACKAGE_VERSION}`) problems.push(`${name}.image: must be renkei:${PACKAGE_VERSION} (the package version), is ${service.image}`);
      if (service.entrypoint !== undefined) problems.push(`${name}.entrypoint: must stay the image's (infra/runtime/start.cjs)`);
      const command = argv(service.command);
      if (command.join(' ') !== entryPoint(name).compiled) problems.push(`${name}.command: must be ["${entryPoint(name).compiled}"], is ${JSON.stringify(command)}`);
      // The runtime drains for up to 25 s after SIGTERM; Docker's default 10 s would cut it short.
      if (durationMs(service.stop_grace_period) < 30_000) problems.push(`${name}.stop_grace_period: must be at least 30s, is ${service.stop_grace_period ?? '10s (default)'}`);
    }
    expect(problems).toEqual([]);
  });

  // The lead engineer adds these entry points; until each lands, this names the ones still missing.
  it('runs entry points whose TypeScript sources exist', () => {
    const missing = RENKEI_PROCESSES.map(({ name }) => entryPoint(name).source).filter((source) => !existsSync(join(REPO, source)));
    expect(missing.map((source) => `${source}: missing; the compose command runs its compiled form`)).toEqual([]);
  });

  describe.each(SCENARIOS)('configuration $title', ({ env }) => {
    const scenario = composeFor(env).compose;

    it('gives every process an environment loadConfig accepts, with no unknown RENKEI_* variable', () => {
      const problems: string[] = [];
      for (const { name, api } of RENKEI_PROCESSES) {
        const service = scenario.services[name];
        if (!service) continue;
        const vars = containerEnv(service);
        const config = configOf(name, service, problems);
        if (!config) continue;
        const known = config as Readonly<Record<string, unknown>>;
        // loadConfig keeps only the variables it knows, so one it dropped is a typo or a stale name.
        for (const key of Object.keys(vars).filter((each) => each.startsWith('RENKEI_') && !(each in known))) problems.push(`${name}.environment.${key}: not a Renkei variable (loadConfig ignores it)`);
        if (config.HOST !== '0.0.0.0') problems.push(`${name}.environment.HOST: must be 0.0.0.0 in a container, is ${config.HOST}`);
        if (!config.DATABASE_URL) problems.push(`${name}.environment.DATABASE_URL: required in the distributed mode`);
        if (!config.KAFKA_BROKERS) problems.push(`${name}.environment.KAFKA_BROKERS: required in the distributed mode`);
        if (api && !config.RENKEI_LINK_SIGNING_KEY) problems.push(`${name}.environment.RENKEI_LINK_SIGNING_KEY: required by every API process`);
        if (vars['OTEL_SERVICE_NAME'] !== name) problems.push(`${name}.environment.OTEL_SERVICE_NAME: must be "${name}", is ${vars['OTEL_SERVICE_NAME']}`);
        if (config.EVENT_STORE !== (env['EVENT_STORE'] ?? 'postgres')) problems.push(`${name}.environment.EVENT_STORE: must follow the shell's EVENT_STORE, is ${config.EVENT_STORE}`);
        try {
          // The gateway serves one lead contractor per deployment and refuses to start with two static leads.
          const leads = ApiKeyAuthenticator.fromSpec(config.RENKEI_API_KEYS ?? '').companiesWithRole('lead');
          if (leads.length > 1) problems.push(`${name}.environment.RENKEI_API_KEYS: names ${leads.length} lead companies; the gateway accepts one`);
        } catch (error) {
          problems.push(`${name}.environment.RENKEI_API_KEYS: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('points DATABASE_URL, KAFKA_BROKERS and ESDB_CONNECTION_STRING at the services that hold them', () => {
      const problems: string[] = [];
      for (const { name } of RENKEI_PROCESSES) {
        const service = scenario.services[name];
        const config = service && configOf(name, service, problems);
        if (!config) continue;
        problems.push(...databaseProblems(scenario, name, config), ...kafkaProblems(scenario, name, config));
        if (config.EVENT_STORE === 'esdb') problems.push(...eventStoreProblems(scenario, name, config));
      }
      expect(problems).toEqual([]);
    });

    it('points each service URL at the service it names, on its API port', () => {
      const problems: string[] = [];
      for (const { name } of RENKEI_PROCESSES) {
        const service = scenario.services[name];
        if (!service) continue;
        const vars = containerEnv(service);
        const expected = (CALLS[name] ?? []).map(serviceUrlVariable);
        const present = Object.keys(vars).filter((key) => /^RENKEI_\w+_URL$/.test(key));
        for (const key of expected.filter((each) => !present.includes(each))) problems.push(`${name}.environment.${key}: missing; ${name} calls that service`);
        for (const key of present.filter((each) => !expected.includes(each))) problems.push(`${name}.environment.${key}: ${name} does not call that service`);
        for (const target of CALLS[name] ?? []) {
          const value = vars[serviceUrlVariable(target)];
          const targetService = scenario.services[target];
          if (!value || !targetService) continue;
          const url = new URL(value);
          const targetConfig = configOf(target, targetService, problems);
          if (url.hostname !== target) problems.push(`${name}.environment.${serviceUrlVariable(target)}: must name the ${target} service, names ${url.hostname}`);
          if (targetConfig && Number(url.port || 80) !== targetConfig.PORT) problems.push(`${name}.environment.${serviceUrlVariable(target)}: port ${url.port} is not ${target}'s API port ${targetConfig.PORT}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('depends only on services that exist, can start in the same profiles and are healthy when waited for', () => {
    const problems: string[] = [];
    for (const [name, service] of Object.entries(compose.services)) {
      for (const dependency of dependenciesOf(service)) {
        const target = compose.services[dependency.name];
        if (!target) {
          problems.push(`${name}.depends_on.${dependency.name}: no such service`);
          continue;
        }
        // Compose refuses to start a service whose dependency is switched off by a profile.
        if ((target.profiles ?? []).length > 0 && (service.profiles ?? []).length === 0) problems.push(`${name}.depends_on.${dependency.name}: only runs with --profile ${target.profiles?.join(',')}`);
        if (dependency.condition === 'service_healthy' && !target.healthcheck?.test) problems.push(`${name}.depends_on.${dependency.name}: waits for healthy, but ${dependency.name} has no healthcheck`);
      }
    }
    for (const { name } of RENKEI_PROCESSES) {
      const dependencies = dependenciesOf(compose.services[name] ?? {});
      for (const required of ['postgres', 'kafka']) {
        if (!dependencies.some((each) => each.name === required && each.condition === 'service_healthy')) problems.push(`${name}.depends_on.${required}: must wait for service_healthy`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every service a healthcheck, and the Renkei processes one on /readyz of the management port', () => {
    const problems: string[] = [];
    for (const [name, service] of Object.entries(compose.services)) {
      const test = argv(service.healthcheck?.test);
      if (NO_HEALTHCHECK[name] === undefined && (test.length === 0 || test[0] === 'NONE' || service.healthcheck?.disable === true)) problems.push(`${name}.healthcheck: missing`);
    }
    for (const { name } of RENKEI_PROCESSES) {
      const service = compose.services[name];
      const config = service && configOf(name, service, problems);
      if (!config) continue;
      const probe = argv(service.healthcheck?.test).join(' ');
      if (!probe.includes(`http://127.0.0.1:${config.RENKEI_MANAGEMENT_PORT}/readyz`)) problems.push(`${name}.healthcheck.test: must ask http://127.0.0.1:${config.RENKEI_MANAGEMENT_PORT}/readyz, is ${probe}`);
      if (/\b(curl|wget)\b/.test(probe)) problems.push(`${name}.healthcheck.test: the slim image has no curl or wget; use node`);
    }
    expect(problems).toEqual([]);
  });

  it('publishes only the gateway API (and the collector) to the host, on loopback only', () => {
    const problems: string[] = [];
    for (const [name, service] of Object.entries(compose.services)) {
      const ports = publishedPorts(service);
      if (ports.length > 0 && !PUBLISHING.includes(name)) problems.push(`${name}.ports: only ${PUBLISHING.join(' and ')} may publish ports`);
      // The laptop keys are public, so nothing may answer on the network the laptop is on.
      for (const port of ports.filter((each) => each.hostIp !== '127.0.0.1')) problems.push(`${name}.ports: ${port.target} must be published on 127.0.0.1, is on "${port.hostIp || 'every interface'}"`);
    }
    const gateway = compose.services['gateway'];
    const config = gateway && configOf('gateway', gateway, problems);
    if (config && gateway) {
      const targets = publishedPorts(gateway).map((port) => port.target);
      if (!targets.includes(config.PORT)) problems.push(`gateway.ports: must publish the API port ${config.PORT}`);
      if (targets.includes(config.RENKEI_MANAGEMENT_PORT)) problems.push(`gateway.ports: must not publish the management port ${config.RENKEI_MANAGEMENT_PORT}`);
    }
    expect(problems).toEqual([]);
  });

  it('pins every image to a tag', () => {
    const problems = Object.entries(compose.services)
      .filter(([, service]) => !/^[\w./-]+:[\w.-]+$/.test(service.image ?? '') || (service.image ?? '').endsWith(':latest'))
      .map(([name, service]) => `${name}.image: must name a tag other than latest, is ${service.image}`);
    expect(problems).toEqual([]);
  });

  it('runs Kafka as one KRaft node of the version the project pins, without automatic topic creation', () => {
    const pinned = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(join(REPO, 'infra/kafka/pom.xml'), 'utf8'))?.[1];
    const kafka = environmentOf(compose.services['kafka'] ?? {});
    const problems: string[] = [];
    if (imageOf(compose, 'kafka') !== `apache/kafka:${pinned}`) problems.push(`kafka.image: must be apache/kafka:${pinned} (infra/kafka/pom.xml), is ${imageOf(compose, 'kafka')}`);
    if (kafka['KAFKA_PROCESS_ROLES']?.split(',').sort().join(',') !== 'broker,controller') problems.push('kafka.environment.KAFKA_PROCESS_ROLES: must be broker,controller (one KRaft node)');
    if (kafka['KAFKA_AUTO_CREATE_TOPICS_ENABLE'] !== 'false') problems.push('kafka.environment.KAFKA_AUTO_CREATE_TOPICS_ENABLE: must be "false"; Renkei creates its topics');
    for (const key of ['KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', 'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR']) if (kafka[key] !== '1') problems.push(`kafka.environment.${key}: must be 1 on a single node`);
    expect(problems).toEqual([]);
  });
});

describe('infra/docker/Dockerfile', () => {
  const ignore = parseDockerIgnore(readFileSync(join(REPO, '.dockerignore'), 'utf8'));
  const stageNames = dockerfile.stages.map((stage) => stage.name);

  it('builds in stages from a pinned node:20 bookworm-slim image new enough for package.json engines', () => {
    const problems: string[] = [];
    if (dockerfile.stages.length < 2) problems.push('Dockerfile: must be multi-stage (build, then a runtime without the toolchain)');
    const engines = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const [wantMajor = 0, wantMinor = 0] = (/>=\s*(\d+)\.(\d+)/.exec(engines) ?? []).slice(1).map(Number);
    for (const [index, stage] of dockerfile.stages.entries()) {
      if (stageNames.slice(0, index).includes(stage.from)) continue;
      const match = /^node:(\d+)\.(\d+)\.(\d+)-bookworm-slim(@sha256:[0-9a-f]{64})?$/.exec(stage.from);
      if (!match) {
        problems.push(`FROM ${stage.from}: must be node:<major.minor.patch>-bookworm-slim (an exact tag, never latest)`);
        continue;
      }
      const [major, minor] = [Number(match[1]), Number(match[2])];
      if (major !== 20 || minor < wantMinor || major < wantMajor) problems.push(`FROM ${stage.from}: must be Node 20 and satisfy engines ${engines}`);
    }
    expect(problems).toEqual([]);
  });

  it('runs the final stage as uid 10001 with the container settings, the probe port and start.cjs', () => {
    const problems: string[] = [];
    const instructions = finalStage?.instructions ?? [];
    const user = instructions.filter((each) => each.keyword === 'USER').pop()?.args[0] ?? 'root (default)';
    // Numeric, so that Kubernetes' runAsNonRoot can verify it.
    if (user.split(':')[0] !== '10001') problems.push(`USER: the final stage must run as uid 10001 (numeric), runs as ${user}`);
    const expectedEnv = { NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '3000', RENKEI_MANAGEMENT_PORT: '9000' };
    for (const [key, value] of Object.entries(expectedEnv)) if (imageEnv[key] !== value) problems.push(`ENV ${key}: must be ${value}, is ${imageEnv[key]}`);
    const exposed = instructions.filter((each) => each.keyword === 'EXPOSE').flatMap((each) => each.args.map((port) => port.replace(/\/tcp$/, '')));
    for (const port of ['3000', '9000']) if (!exposed.includes(port)) problems.push(`EXPOSE: must include ${port}`);
    const entrypoint = instructions.filter((each) => each.keyword === 'ENTRYPOINT').pop();
    if (!entrypoint?.execForm || entrypoint.args.join(' ') !== 'node infra/runtime/start.cjs') problems.push('ENTRYPOINT: must be ["node", "infra/runtime/start.cjs"] (exec form: node gets SIGTERM)');
    if (!existsSync(join(REPO, 'infra/runtime/start.cjs'))) problems.push('ENTRYPOINT: infra/runtime/start.cjs does not exist');
    const cmd = instructions.filter((each) => each.keyword === 'CMD').pop()?.args[0] ?? '';
    // Whether the entry point's source exists is the compose test's job (it checks all nine).
    if (!RENKEI_PROCESSES.some(({ name }) => entryPoint(name).compiled === cmd)) problems.push(`CMD: must be the entry point of a process of the topology, is ${cmd}`);
    expect(problems).toEqual([]);
  });

  it('installs with npm ci and no install scripts, production dependencies only in the final stage', () => {
    const problems: string[] = [];
    for (const stage of dockerfile.stages) {
      for (const run of stage.instructions.filter((each) => each.keyword === 'RUN' && each.args.join(' ').includes('npm ci'))) {
        // Install scripts would reach beyond the npm registry (e.g. @scarf/scarf); the image's npm 10 ignores allowScripts.
        if (!run.args.includes('--ignore-scripts')) problems.push(`line ${run.line}: npm ci must pass --ignore-scripts`);
      }
    }
    const finalInstall = finalStage?.instructions.find((each) => each.keyword === 'RUN' && each.args.join(' ').includes('npm ci'));
    if (!finalInstall?.args.includes('--omit=dev')) problems.push('final stage: must install with npm ci --omit=dev');
    if (!dockerfile.stages.some((stage) => stage.instructions.some((each) => each.keyword === 'RUN' && each.args.join(' ').includes('npm run build')))) problems.push('Dockerfile: no stage runs npm run build');
    const finalCopies = (finalStage?.instructions ?? []).filter((each) => each.keyword === 'COPY').map((each) => each.args.slice(0, -1).join(' '));
    for (const needed of ['tsconfig.base.json', 'infra/runtime/start.cjs', '/app/dist']) if (!finalCopies.some((sources) => sources.split(' ').includes(needed))) problems.push(`final stage: must COPY ${needed}`);
    expect(problems).toEqual([]);
  });

  it('copies only paths that exist in the repo, are not in .dockerignore, or come from an earlier stage', () => {
    const problems: string[] = [];
    for (const [index, stage] of dockerfile.stages.entries()) {
      for (const copy of stage.instructions.filter((each) => each.keyword === 'COPY' || each.keyword === 'ADD')) {
        const from = copy.flags['from'];
        if (from !== undefined) {
          if (!stageNames.slice(0, index).includes(from)) problems.push(`line ${copy.line}: COPY --from=${from} is not an earlier stage`);
          continue;
        }
        for (const source of copy.args.slice(0, -1)) {
          if (/[*?[]/.test(source)) problems.push(`line ${copy.line}: ${source}: wildcards are not checked here; name the paths`);
          else if (!existsSync(join(REPO, source))) problems.push(`line ${copy.line}: ${source} does not exist in the repo`);
          else if (ignore.isExcluded(source)) problems.push(`line ${copy.line}: ${source} is excluded by .dockerignore`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('leaves host state out of the build context (.dockerignore)', () => {
    const mustExclude = ['node_modules', 'libs/config/node_modules', 'dist', 'data', '.cache', 'artifacts', '.git'];
    const problems = mustExclude.filter((path) => !ignore.isExcluded(path)).map((path) => `.dockerignore: must exclude ${path}`);
    expect(problems).toEqual([]);
  });
});

describe('infra/otel/collector.yaml', () => {
  type Pipeline = { receivers?: string[]; processors?: string[]; exporters?: string[] };
  type Collector = {
    receivers?: { otlp?: { protocols?: Record<string, { endpoint?: string }> } } & Record<string, unknown>;
    processors?: Record<string, unknown>;
    exporters?: Record<string, unknown>;
    service?: { pipelines?: Record<string, Pipeline> };
  };
  const collector = parse(readFileSync(COLLECTOR_FILE, 'utf8')) as Collector;
  const { compose } = composeFor({});

  it('has traces and metrics pipelines whose receivers, processors and exporters are all defined', () => {
    const problems: string[] = [];
    const pipelines = collector.service?.pipelines ?? {};
    for (const signal of ['traces', 'metrics']) if (!pipelines[signal]) problems.push(`service.pipelines.${signal}: missing`);
    for (const [signal, pipeline] of Object.entries(pipelines)) {
      for (const part of ['receivers', 'processors', 'exporters'] as const) {
        const names = pipeline[part] ?? [];
        if (part !== 'processors' && names.length === 0) problems.push(`service.pipelines.${signal}.${part}: empty`);
        for (const name of names) if (!(collector[part] && name in collector[part])) problems.push(`service.pipelines.${signal}.${part}: ${name} is not defined under ${part}`);
      }
      const processors = pipeline.processors ?? [];
      if (processors.includes('memory_limiter') && processors[0] !== 'memory_limiter') problems.push(`service.pipelines.${signal}.processors: memory_limiter must come first`);
    }
    expect(problems).toEqual([]);
  });

  it('is the file the collector service mounts, and listens where every process sends OTLP', () => {
    const problems: string[] = [];
    for (const { name } of RENKEI_PROCESSES) {
      const vars = containerEnv(compose.services[name] ?? {});
      const endpoint = new URL(vars['OTEL_EXPORTER_OTLP_ENDPOINT'] ?? 'http://missing');
      const collectorService = compose.services[endpoint.hostname];
      if (!collectorService || !imageOf(compose, endpoint.hostname).startsWith('otel/opentelemetry-collector')) {
        problems.push(`${name}.environment.OTEL_EXPORTER_OTLP_ENDPOINT: ${endpoint.hostname} is not the collector service`);
        continue;
      }
      const mounted = (collectorService.volumes ?? []).some((volume) => typeof volume === 'string' && resolve(__dirname, volume.split(':')[0] ?? '') === COLLECTOR_FILE);
      if (!mounted) problems.push(`${endpoint.hostname}.volumes: must mount infra/otel/collector.yaml`);
      const protocol = (vars['OTEL_EXPORTER_OTLP_PROTOCOL'] ?? 'http/protobuf').startsWith('http') ? 'http' : 'grpc';
      const listen = collector.receivers?.otlp?.protocols?.[protocol]?.endpoint ?? '';
      const [host, port] = [listen.slice(0, listen.lastIndexOf(':')), listen.slice(listen.lastIndexOf(':') + 1)];
      if (port !== endpoint.port) problems.push(`receivers.otlp.protocols.${protocol}.endpoint: listens on "${listen}", ${name} sends to port ${endpoint.port}`);
      // Since collector 0.104 the default is localhost, which other containers cannot reach.
      if (!['0.0.0.0', '', '[::]'].includes(host)) problems.push(`receivers.otlp.protocols.${protocol}.endpoint: must listen on 0.0.0.0, not "${host}"`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
