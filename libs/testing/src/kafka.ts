/**
 * Kafka-backed tests run when KAFKA_BROKERS is set. Without it they are skipped
 * with one loud line, unless REQUIRE_KAFKA=1, where the missing broker fails them.
 */
export function describeWithKafka(name: string, body: (brokers: string[]) => void): void {
  const brokers = process.env['KAFKA_BROKERS'];
  if (brokers) {
    describe(name, () => body(brokers.split(',').map((broker) => broker.trim())));
    return;
  }
  if (process.env['REQUIRE_KAFKA'] === '1') {
    describe(name, () => {
      it('needs Kafka', () => {
        throw new Error('REQUIRE_KAFKA=1 but KAFKA_BROKERS is not set');
      });
    });
    return;
  }
  process.stderr.write(`\n!!!!! SKIPPED (no Kafka): "${name}" — KAFKA_BROKERS is not set !!!!!\n`);
  describe.skip(name, () => body([]));
}
