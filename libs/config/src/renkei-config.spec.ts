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

  it('names the variable and the rule when a value is wrong', () => {
    expect(() => loadConfig({ KAFKA_BROKERS: 'no-port', PORT: 'eighty' })).toThrow(/KAFKA_BROKERS: must be host:port[\s\S]*PORT:/);
  });
});
