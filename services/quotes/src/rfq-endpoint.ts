import { QUOTES_EVENT_SCHEMA_VERSIONS } from '@renkei/contracts';
import { rfqDecider, rfqStreamId, type QuotesCommand, type QuotesCommandMetadata, type QuotesEvent, type Rfq } from '@renkei/quotes';
import { commandHeaders, type Caller, type CommandEndpoint, type CommandHttpRequest } from '@renkei/service-kit';

/** Every quotes command targets one RFQ stream; events carry their contract version. */
export const rfqEndpoint: CommandEndpoint<QuotesCommand, QuotesEvent, Rfq> = {
  decider: rfqDecider,
  streamId: (command) => rfqStreamId(command.data.rfqId),
  schemaVersionOf: (type) => (QUOTES_EVENT_SCHEMA_VERSIONS as Record<string, number>)[type] ?? 1,
};

export function metadataOf(caller: Caller, now: Date = new Date()): QuotesCommandMetadata {
  return { actor: { companyId: caller.companyId, role: caller.role }, now };
}

export function commandRequest(caller: Caller, target: string, body: unknown, headers: Record<string, string | undefined>): CommandHttpRequest {
  return {
    caller,
    target,
    body,
    headers: commandHeaders(headers),
  };
}
