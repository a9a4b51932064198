/** The bounded contexts, each owning the streams whose ids start with its prefix. */
export const CONTEXTS = ['network', 'quotes', 'orders', 'bom-exchange', 'work-progress'] as const;
export type ContextName = (typeof CONTEXTS)[number];

const STREAM_PREFIXES: ReadonlyArray<readonly [prefix: string, context: ContextName]> = [
  ['company-', 'network'],
  ['rfq-', 'quotes'],
  ['order-', 'orders'],
  ['bom-', 'bom-exchange'],
  ['work-', 'work-progress'],
];

/** The context that owns a stream, or undefined for streams outside the domain (markers, tests). */
export function contextOfStream(streamId: string): ContextName | undefined {
  return STREAM_PREFIXES.find(([prefix]) => streamId.startsWith(prefix))?.[1];
}

/** One Kafka topic per context, versioned so a breaking change gets a new topic. */
export function topicOf(context: ContextName): string {
  return `renkei.${context}.v1`;
}

export const ALL_TOPICS: readonly string[] = CONTEXTS.map(topicOf);
