import { loadConfig } from './renkei-config';

describe('loadConfig', () => {
  it('defaults to embedded mode on port 3000 with data under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, RENKEI_DATA_DIR: './data' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.KAFKA_BROKERS).toBeUndefined();
  });

  it('splits KAFKA_BROKERS into a list', () => {
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092, kafka-2:9092' }).KAFKA_BROKERS).toEqual(['127.0.0.1:19092', 'kafka-2:9092']);
  });

  it('reads the webhook channel’s lists', () => {
    expect(loadConfig({}).RENKEI_WEBHOOK_ALLOWED_TARGETS).toEqual([]);
    const config = loadConfig({ RENKEI_WEBHOOK_ALLOWED_TARGETS: '127.0.0.1, 10.0.0.0/8', RENKEI_WEBHOOK_RETRY_SCHEDULE_MS: '100,200,400' });
    expect([config.RENKEI_WEBHOOK_ALLOWED_TARGETS, config.RENKEI_WEBHOOK_RETRY_SCHEDULE_MS]).toEqual([['127.0.0.1', '10.0.0.0/8'], [100, 200, 400]]);
    expect(() => loadConfig({ RENKEI_WEBHOOK_RETRY_SCHEDULE_MS: '5s,1m' })).toThrow(/RENKEI_WEBHOOK_RETRY_SCHEDULE_MS: must be whole numbers of milliseconds/);
  });

  it('names the variable and the rule when a value is wrong', () => {
    expect(() => loadConfig({ KAFKA_BROKERS: 'no-port', PORT: 'eighty' })).toThrow(/KAFKA_BROKERS: must be host:port[\s\S]*PORT:/);
  });

  it('takes a link signing key of 32 characters or more, and never echoes a shorter one', () => {
    expect(loadConfig({}).RENKEI_LINK_SIGNING_KEY).toBeUndefined();
    expect(loadConfig({ RENKEI_LINK_SIGNING_KEY: 's'.repeat(32) }).RENKEI_LINK_SIGNING_KEY).toBe('s'.repeat(32));
    expect(() => loadConfig({ RENKEI_LINK_SIGNING_KEY: 'short-secret-value' })).toThrow(/RENKEI_LINK_SIGNING_KEY: must be at least 32 characters/);
    expect(() => loadConfig({ RENKEI_LINK_SIGNING_KEY: 'short-secret-value' })).not.toThrow(/short-secret-value/);
  });
});
