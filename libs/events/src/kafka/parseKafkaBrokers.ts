/**
 * `KAFKA_BROKERS` as kafkajs takes it: a comma-separated list of `host:port`. Null when the value is empty or any
 * entry is malformed, so each service's config reports the variable by name.
 * @example parseKafkaBrokers('kafka-0:9092, kafka-1:9092') // ['kafka-0:9092', 'kafka-1:9092']
 */
export function parseKafkaBrokers(raw: string): string[] | null {
  const brokers = raw.split(',').map((b) => b.trim()).filter((b) => b !== '');
  if (brokers.length === 0 || brokers.some((b) => !/^[^\s:/]+:\d{1,5}$/.test(b))) return null;
  return brokers;
}
