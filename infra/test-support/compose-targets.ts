// Whether a process's connection settings reach the compose services that hold the data;
// each problem reads "<service>.<field>: <rule>".
import type { RenkeiConfig } from '@renkei/config';
import { environmentOf, type ComposeFile } from './compose-file';

export function imageOf(compose: ComposeFile, name: string): string {
  return compose.services[name]?.image ?? '';
}

export function databaseProblems(compose: ComposeFile, name: string, config: RenkeiConfig): string[] {
  const url = new URL(config.DATABASE_URL ?? 'postgres://missing');
  const database = compose.services[url.hostname];
  if (!database || !imageOf(compose, url.hostname).startsWith('postgres:')) return [`${name}.environment.DATABASE_URL: host ${url.hostname} is not the postgres service`];
  const postgres = environmentOf(database);
  const problems: string[] = [];
  if ((url.port || '5432') !== '5432') problems.push(`${name}.environment.DATABASE_URL: port ${url.port} is not PostgreSQL's 5432`);
  if (url.username !== postgres['POSTGRES_USER']) problems.push(`${name}.environment.DATABASE_URL: user ${url.username} is not POSTGRES_USER`);
  if (decodeURIComponent(url.password) !== postgres['POSTGRES_PASSWORD']) problems.push(`${name}.environment.DATABASE_URL: the password is not POSTGRES_PASSWORD`);
  if (url.pathname !== `/${postgres['POSTGRES_DB']}`) problems.push(`${name}.environment.DATABASE_URL: database ${url.pathname.slice(1)} is not POSTGRES_DB`);
  return problems;
}

export function kafkaProblems(compose: ComposeFile, name: string, config: RenkeiConfig): string[] {
  const problems: string[] = [];
  for (const broker of config.KAFKA_BROKERS ?? []) {
    const host = broker.slice(0, broker.lastIndexOf(':'));
    const kafka = compose.services[host];
    if (!kafka || !imageOf(compose, host).startsWith('apache/kafka:')) {
      problems.push(`${name}.environment.KAFKA_BROKERS: ${host} is not the kafka service`);
      continue;
    }
    const kafkaEnv = environmentOf(kafka);
    const controllers = (kafkaEnv['KAFKA_CONTROLLER_LISTENER_NAMES'] ?? '').split(',');
    const advertised = (kafkaEnv['KAFKA_ADVERTISED_LISTENERS'] ?? '').split(',').map((listener) => /^(\w+):\/\/(.+)$/.exec(listener.trim()));
    const listener = advertised.find((match) => match?.[2] === broker);
    if (!listener) problems.push(`${name}.environment.KAFKA_BROKERS: ${broker} is not one of kafka's KAFKA_ADVERTISED_LISTENERS`);
    else if (controllers.includes(listener[1] ?? '')) problems.push(`${name}.environment.KAFKA_BROKERS: ${broker} is the controller listener, not a client one`);
  }
  return problems;
}

export function eventStoreProblems(compose: ComposeFile, name: string, config: RenkeiConfig): string[] {
  const url = new URL((config.ESDB_CONNECTION_STRING ?? 'esdb://missing').replace(/^esdb(\+discover)?:/, 'http:'));
  const eventstore = compose.services[url.hostname];
  if (!eventstore || !imageOf(compose, url.hostname).startsWith('eventstore/eventstore:')) return [`${name}.environment.ESDB_CONNECTION_STRING: ${url.hostname} is not the eventstore service`];
  const problems: string[] = [];
  if (!(eventstore.profiles ?? []).includes('esdb')) problems.push(`${url.hostname}.profiles: must include esdb, as README and EVENT_STORE=esdb expect`);
  if (url.searchParams.get('tls') === 'false' && environmentOf(eventstore)['EVENTSTORE_INSECURE'] !== 'true') problems.push(`${name}.environment.ESDB_CONNECTION_STRING: tls=false, but the eventstore service is not insecure`);
  if ((url.port || '2113') !== '2113') problems.push(`${name}.environment.ESDB_CONNECTION_STRING: port ${url.port} is not EventStoreDB's 2113`);
  return problems;
}
