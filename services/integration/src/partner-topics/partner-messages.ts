import { toCloudEventHeaders, type MessageHeaders } from '@renkei/contracts';
import { withoutPrices } from '@renkei/sharing';

/** One company's copy of an event, as the sharing consumer stored it (a row of `shared_events`). */
export interface SharedCopy {
  readonly companyId: string;
  readonly eventId: string;
  readonly logCommit: string;
  readonly logPrepare: string;
  readonly context: string;
  readonly streamId: string;
  readonly revision: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly recordedAt: Date;
  /** A party's copy is whole; another's has already lost what it may not see. */
  readonly party: boolean;
  readonly data: Record<string, unknown>;
}

export interface PartnerMessage {
  readonly topic: string;
  readonly key: string;
  readonly value: string;
  readonly headers: MessageHeaders;
}

/** The integrators a company's grant in force lets read a context's events. */
export type GrantedReaders = (grantorId: string, context: string) => readonly string[];

export function partnerTopicOf(companyId: string): string {
  return `renkei.partner.${companyId}.v1`;
}

/**
 * The messages of the per-partner topics for copies in log order: each company gets its own copy;
 * each integrator granted by a company gets that company's copy without prices, once per event
 * however many of its grantors hold a copy (a party's copy first, as the feed does). Same format as
 * the context topics (CloudEvents binary mode, keyed by stream), but without the recording metadata.
 */
export function partnerMessagesOf(copies: readonly SharedCopy[], grantedReaders: GrantedReaders): PartnerMessage[] {
  const messages: PartnerMessage[] = [];
  for (const event of inEventGroups(copies)) {
    const sent = new Set<string>();
    for (const copy of event) {
      messages.push(messageFor(copy.companyId, copy, copy.data));
      sent.add(copy.companyId);
    }
    for (const copy of [...event].sort((a, b) => Number(b.party) - Number(a.party))) {
      for (const integratorId of grantedReaders(copy.companyId, copy.context)) {
        if (sent.has(integratorId)) continue;
        messages.push(messageFor(integratorId, copy, withoutPrices(copy.data)));
        sent.add(integratorId);
      }
    }
  }
  return messages;
}

function inEventGroups(copies: readonly SharedCopy[]): SharedCopy[][] {
  const groups: SharedCopy[][] = [];
  for (const copy of copies) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]?.eventId === copy.eventId) last.push(copy);
    else groups.push([copy]);
  }
  return groups;
}

function messageFor(companyId: string, copy: SharedCopy, data: Record<string, unknown>): PartnerMessage {
  const headers = toCloudEventHeaders({
    id: copy.eventId,
    type: copy.type,
    streamId: copy.streamId,
    revision: BigInt(copy.revision),
    logPosition: `${copy.logCommit}-${copy.logPrepare}`,
    schemaVersion: copy.schemaVersion,
    recordedAt: copy.recordedAt,
    data,
    metadata: {},
  });
  return { topic: partnerTopicOf(companyId), key: copy.streamId, value: JSON.stringify(data), headers };
}
