/** One example message of an event type in one version: the stream it belongs to and its data. */
export interface MessageExample {
  readonly streamId: string;
  readonly data: object;
}

/** Examples of one context, keyed `<EventType>.v<version>`. */
export type ContextExamples = Readonly<Record<string, MessageExample>>;
