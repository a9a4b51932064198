import type { ContextName } from '../contexts';

/** `info.description`: what an integrator must know before consuming any topic. */
export const DELIVERY_GUARANTEES = `Every domain event recorded by Renkei, relayed from the event store to Kafka as a
[CloudEvent 1.0](https://github.com/cloudevents/spec) in **Kafka binary mode**: the \`ce_*\` headers carry
the attributes, the message value is the event data as JSON, and the message key is the stream id.

## Delivery guarantees

- **At-least-once.** The relay publishes only committed events and moves its checkpoint only after every
  in-sync replica acknowledged a batch, so after a crash it sends again rather than skipping. The same
  event can therefore arrive more than once: **de-duplicate by the CloudEvents \`id\`** (header \`ce_id\`),
  ideally recording it in the same transaction as your effect.
- **Ordered per key, and only per key.** The key is the stream id (also in \`ce_subject\`). All events of one
  stream land on one partition in the order they were recorded; \`ce_streamrevision\` counts them from 0.
  A redelivery may repeat revisions you already have: skip them. There is no order across streams,
  partitions or topics.
- **Versioned payloads.** \`ce_type\` is \`renkei.<context>.<EventType>.v<n>\`; each version is its own message
  here, with its own JSON Schema. History is never rewritten, so reading a topic from the beginning meets
  every version listed for a type: accept each, and ignore event types you do not know.
- **Topics.** One per context, \`renkei.<context>.v1\`; a breaking change gets a new topic. Per-partner topics
  \`renkei.partner.<companyId>.v1\` carry, in the same format, only what that partner may see.`;

export function contextChannelDescription(context: ContextName): string {
  return `Every event of the ${context} context, keyed by stream id, in the order each stream recorded them. Unfiltered (prices, quotes and
recording metadata included): for systems the consortium trusts with everything. A partner company reads its own topic instead.`;
}

export const PARTNER_CHANNEL_DESCRIPTION = `The events one partner company may see, from every context ("open & close": status, quantities and
dates flow along an order's chain; prices, quotes and costs stay between the two parties of a deal).
Same messages as the context topics: the same headers and key, and every payload valid against the schema
its \`ce_type\` names. An event the partner may not see is not on its topic.`;
