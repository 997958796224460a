/**
 * The Kafka topic of an event type: the prefix, then the type without its last segment, so every event about one
 * kind of aggregate shares a topic (and a partition per key), which keeps an aggregate's events in order across
 * types: `catalog.title.upserted` and a later `catalog.title.deleted` both go to `mg.catalog.title`.
 */
export function topicForType(type: string, prefix: string): string {
  const segments = type.split('.');
  if (segments.length < 2 || segments.some((s) => !/^[A-Za-z0-9_-]+$/.test(s))) {
    throw new TypeError(`topicForType: event type must look like "<domain>.<aggregate>.<verb>", got ${JSON.stringify(type)}`);
  }
  return [prefix, ...segments.slice(0, -1)].join('.');
}
