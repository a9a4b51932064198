import { handleCommand, type CommandOutcome, type Decider, type DomainEvent } from '@renkei/command-handling';
import type { EventEnvelope } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';

export interface Sending {
  /** The process manager's name: part of the idempotency name. */
  readonly manager: string;
  /** The event the command answers. */
  readonly trigger: EventEnvelope;
  /** Tells apart the commands one event causes (a line, a workshop, a work item); omitted when it causes one. */
  readonly part?: string;
  /** The company on whose behalf the manager acts, stored with the events. */
  readonly companyId: string;
  /** The contract version each event type is written in (default 1). */
  readonly schemaVersions?: Readonly<Record<string, number>>;
}

/**
 * Sends one command under `process-manager/<manager>/<trigger event id>[/<part>]`. The name alone is
 * the request's fingerprint: a redelivery that now reads newer facts (a later BOM revision, another
 * receipt) is still the same request, answered with what was recorded the first time, never refused
 * as a reused key and never recorded twice.
 */
export async function sendCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  sending: Sending,
): Promise<CommandOutcome<Event>> {
  const idempotencyName = ['process-manager', sending.manager, sending.trigger.id, ...(sending.part === undefined ? [] : [sending.part])].join('/');
  return handleCommand(store, streamId, decider, command, {
    idempotencyName,
    fingerprint: idempotencyName,
    metadata: { companyId: sending.companyId, causationId: sending.trigger.id },
    schemaVersionOf: (type) => sending.schemaVersions?.[type] ?? 1,
  });
}
