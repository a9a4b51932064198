import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { CONTEXTS, topicOf } from '../contexts';
import { PROGRESS_REPORTED_V2_SCHEMA } from '../work-progress';
import { ASYNCAPI_PARTNER_CHANNEL, ASYNCAPI_PLACEHOLDER_SERVER, CONTEXT_TOPIC_PARTITIONS, InvalidAsyncApiOption, asyncApiDocument } from './asyncapi-document';

describe('AsyncAPI document', () => {
  it('parses and validates as AsyncAPI 3.0.0 with @asyncapi/parser, without a single error', async () => {
    const { document, diagnostics } = await new Parser().parse(asyncApiDocument({ serverUrl: 'broker-1.kanto.example:9093', version: '2026.11.0' }));
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).map(({ code, message, path }) => `${String(code)} at ${path.join('.')}: ${message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    expect(document?.info().version()).toBe('2026.11.0');
  });

  it('tells integrators the delivery guarantees: at-least-once, de-duplicate by the CloudEvents id, ordered per key (the stream)', () => {
    const { description } = asyncApiDocument().info;
    expect(description).toMatch(/at-least-once/i);
    expect(description).toMatch(/de-duplicate by the CloudEvents `id`\*\* \(header `ce_id`\)/);
    expect(description).toMatch(/Ordered per key, and only per key.*The key is the stream id/s);
  });

  it('names a Kafka server: the given bootstrap address, or a placeholder that says it is one', () => {
    expect(asyncApiDocument({ serverUrl: 'kafka://broker-1.kanto.example:9093' }).servers['kafka']).toMatchObject({ host: 'broker-1.kanto.example:9093', protocol: 'kafka' });
    expect(asyncApiDocument({ serverUrl: '10.0.0.7:9092' }).servers['kafka']?.host).toBe('10.0.0.7:9092');
    const placeholder = asyncApiDocument().servers['kafka'];
    expect(placeholder?.host).toBe(ASYNCAPI_PLACEHOLDER_SERVER);
    expect(placeholder?.description).toMatch(/placeholder/);
  });

  it('refuses a server address or version it cannot publish, naming the option', () => {
    for (const serverUrl of ['https://kafka.example:9092', 'kafka.example', 'kafka.example:99999', 'a b:9092']) {
      expect(() => asyncApiDocument({ serverUrl })).toThrow(InvalidAsyncApiOption);
      expect(() => asyncApiDocument({ serverUrl })).toThrow(`option serverUrl must be a Kafka bootstrap address host:port (optionally kafka://host:port), got "${serverUrl}"`);
    }
    expect(() => asyncApiDocument({ version: ' ' })).toThrow('asyncApiDocument option version must not be empty');
  });

  it('is pure data: the same options give an equal document, and it survives JSON', () => {
    const document = asyncApiDocument({ serverUrl: 'broker:9092', version: '1.2.3' });
    expect(asyncApiDocument({ serverUrl: 'broker:9092', version: '1.2.3' })).toEqual(document);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('hands out a copy: editing the document leaves the contracts and the next document alone', () => {
    const document = asyncApiDocument() as unknown as { components: { schemas: Record<string, { title: string }> } };
    const progress = document.components.schemas['work-progress.ProgressReported.v2']!;
    progress.title = 'edited';
    expect(PROGRESS_REPORTED_V2_SCHEMA.title).toBe('ProgressReported v2');
    expect(asyncApiDocument().components.schemas['work-progress.ProgressReported.v2']?.['title']).toBe('ProgressReported v2');
  });

  it('has one channel per context topic, with the Kafka topic and its partitions, and a receive operation over all its messages', () => {
    const document = asyncApiDocument();
    for (const context of CONTEXTS) {
      const channel = document.channels[context];
      expect(channel?.address).toBe(topicOf(context));
      expect(channel?.bindings.kafka).toEqual({ topic: topicOf(context), partitions: CONTEXT_TOPIC_PARTITIONS, bindingVersion: '0.5.0' });
      const receiving = Object.values(document.operations).filter((operation) => operation.channel.$ref === `#/channels/${context}`);
      expect(receiving.map((operation) => operation.action)).toEqual(['receive']);
      expect(receiving[0]?.messages.map((message) => message.$ref).sort()).toEqual(Object.keys(channel?.messages ?? {}).map((key) => `#/channels/${context}/messages/${key}`).sort());
    }
  });

  it('describes the per-partner topic with its companyId parameter and every message of every context', async () => {
    const document = asyncApiDocument();
    const partner = document.channels[ASYNCAPI_PARTNER_CHANNEL];
    expect(partner?.address).toBe('renkei.partner.{companyId}.v1');
    expect(partner?.parameters).toEqual({ companyId: { $ref: '#/components/parameters/companyId' } });
    expect(Object.values(partner?.messages ?? {}).map((message) => message.$ref).sort()).toEqual(Object.keys(document.components.messages).map((id) => `#/components/messages/${id}`).sort());

    const parsed = (await new Parser().parse(document)).document;
    const channel = parsed?.channels().get(ASYNCAPI_PARTNER_CHANNEL);
    expect(channel?.parameters().get('companyId')?.description()).toMatch(/Company id of the partner/);
    expect(parsed?.operations().get('receivePartnerEvents')?.messages().length).toBe(Object.keys(document.components.messages).length);
  });
});
