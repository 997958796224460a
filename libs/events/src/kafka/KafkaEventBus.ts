import { Kafka, logLevel, Partitioners, type Admin, type Consumer, type Producer } from 'kafkajs';
import type { DomainEvent } from '../DomainEvent.js';
import type { EventBus, EventHandler, SubscribeOptions, Unsubscribe } from '../EventBus.js';
import type { EventsLogger } from '../EventsLogger.js';
import { EventsError } from '../errors.js';
import { parseDomainEvent } from '../parseDomainEvent.js';
import { resolveRetryPolicy, type RetryPolicy } from '../RetryPolicy.js';
import { deliverWithRetry } from '../lib/deliverWithRetry.js';
import { validateSubscribeOptions } from '../lib/validateSubscribeOptions.js';
import { topicForType } from './topicForType.js';

export interface KafkaEventBusOptions {
  /** `host:port` of one or more brokers (`KAFKA_BROKERS`, comma-separated). */
  brokers: readonly string[];
  /** @default "media-gateway" */
  clientId?: string;
  /** Prefix of topic names and consumer group ids, to share a cluster between environments. @default "mg" */
  prefix?: string;
  /** Partitions of the topics this bus creates. Ordering holds per aggregate, so more partitions only add parallelism. @default 6 */
  numPartitions?: number;
  /** Replicas of the topics this bus creates; 3 in production. @default 1 */
  replicationFactor?: number;
  /** How long `subscribe` waits for the group to be joined. @default 30000 */
  joinTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  logger?: EventsLogger;
}

/**
 * The production bus. A topic per aggregate kind (`topicForType`: `mg.catalog.title`), the aggregate id as the
 * message key (so one aggregate stays in one partition, in order), the group as the Kafka consumer group
 * (`mg.<group>`). The producer is idempotent with one request in flight, so broker retries neither duplicate nor
 * reorder; `publish` resolves when every replica in sync acknowledged (`acks: -1`).
 *
 * A handler runs through the same retry policy as in-process; the message's offset is committed only after the
 * handler succeeded or was given up, so a consumer that dies mid-handler gets the message again (at least once).
 * `replay` subscribes a group with no committed offsets from the earliest retained message: topic retention (or
 * compaction on the aggregate key) is the history here, as the outbox is in embedded mode.
 */
export class KafkaEventBus implements EventBus {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private readonly prefix: string;
  private readonly numPartitions: number;
  private readonly replicationFactor: number;
  private readonly joinTimeoutMs: number;
  private readonly policy: RetryPolicy;
  private readonly logger: EventsLogger | undefined;
  private producer: Promise<Producer> | undefined;
  private admin: Promise<Admin> | undefined;
  private readonly knownTopics = new Set<string>();
  private readonly consumers = new Set<{ consumer: Consumer; abort: AbortController }>();
  private closed = false;

  constructor(options: KafkaEventBusOptions) {
    if (!Array.isArray(options.brokers) || options.brokers.length === 0 || options.brokers.some((b) => !/^[^\s:]+:\d{1,5}$/.test(b))) {
      throw new TypeError(`KafkaEventBus: \`brokers\` must be a non-empty list of host:port, got ${JSON.stringify(options.brokers)}`);
    }
    this.prefix = options.prefix ?? 'mg';
    if (!/^[A-Za-z0-9_-]+$/.test(this.prefix)) throw new TypeError(`KafkaEventBus: \`prefix\` must be letters, digits, "_" or "-", got ${JSON.stringify(this.prefix)}`);
    this.numPartitions = options.numPartitions ?? 6;
    this.replicationFactor = options.replicationFactor ?? 1;
    this.joinTimeoutMs = options.joinTimeoutMs ?? 30_000;
    for (const [name, value] of [['numPartitions', this.numPartitions], ['replicationFactor', this.replicationFactor], ['joinTimeoutMs', this.joinTimeoutMs]] as const) {
      if (!Number.isInteger(value) || value < 1) throw new TypeError(`KafkaEventBus: \`${name}\` must be a positive integer, got ${value}`);
    }
    this.policy = resolveRetryPolicy(options.retry, 'KafkaEventBus');
    this.logger = options.logger;
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'media-gateway',
      brokers: [...options.brokers],
      logLevel: logLevel.WARN,
      logCreator: () => (entry) => {
        const { message, ...extra } = entry.log;
        const fields = { kafka: entry.namespace, ...extra };
        if (entry.level === logLevel.ERROR) this.logger?.error(fields, message);
        else this.logger?.warn(fields, message);
      },
    });
  }

  async publish(events: readonly DomainEvent[]): Promise<void> {
    if (this.closed) throw new EventsError('BUS_CLOSED', 'KafkaEventBus.publish: the bus is closed');
    if (events.length === 0) return;
    const byTopic = new Map<string, DomainEvent[]>();
    for (const event of events) {
      const topic = topicForType(event.type, this.prefix);
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), event]);
    }
    await this.ensureTopics([...byTopic.keys()]);
    const producer = await this.connectProducer();
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((event) => ({
          key: event.aggregateId,
          value: JSON.stringify(event),
          headers: { 'mg-event-id': event.id, 'mg-event-type': event.type },
        })),
      })),
    });
  }

  async subscribe<T = unknown>(options: SubscribeOptions, handler: EventHandler<T>): Promise<Unsubscribe> {
    validateSubscribeOptions('KafkaEventBus', options, handler);
    if (this.closed) throw new EventsError('BUS_CLOSED', 'KafkaEventBus.subscribe: the bus is closed');
    const types = new Set(options.types);
    const fromSequence = options.replay?.fromSequence ?? {};
    const topics = [...new Set(options.types.map((type) => topicForType(type, this.prefix)))];
    await this.ensureTopics(topics);

    const consumer = this.kafka.consumer({ groupId: `${this.prefix}.${options.group}` });
    const entry = { consumer, abort: new AbortController() };
    this.consumers.add(entry);
    const joined = new Promise<void>((resolve) => {
      const off = consumer.on(consumer.events.GROUP_JOIN, () => {
        off();
        resolve();
      });
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: options.replay !== undefined });
      await consumer.run({
        eachMessage: async ({ message, topic, partition, heartbeat }) => {
          let event: DomainEvent;
          try {
            event = parseDomainEvent(JSON.parse(message.value?.toString('utf8') ?? 'null'));
          } catch (error) {
            this.logger?.error({ err: error, topic, partition, offset: message.offset, group: options.group }, 'skipped a message that is not a domain event');
            return;
          }
          if (!types.has(event.type) || event.sequence < (fromSequence[event.source] ?? 0)) return;
          const outcome = await deliverWithRetry(event, handler as EventHandler, {
            group: options.group,
            policy: this.policy,
            logger: this.logger,
            signal: entry.abort.signal,
            whileWaiting: heartbeat,
          });
          // Throwing keeps the offset uncommitted, so the next member of the group gets the message again.
          if (outcome === 'stopped') throw new Error('unsubscribed before the handler succeeded');
        },
      });
      await withTimeout(joined, this.joinTimeoutMs, `KafkaEventBus.subscribe: group ${options.group} not joined`);
    } catch (error) {
      this.consumers.delete(entry);
      entry.abort.abort();
      await consumer.disconnect().catch(() => {});
      throw error;
    }
    return async () => {
      if (!this.consumers.delete(entry)) return;
      entry.abort.abort();
      await consumer.disconnect();
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const entries = [...this.consumers];
    this.consumers.clear();
    for (const entry of entries) entry.abort.abort();
    await Promise.allSettled(entries.map((entry) => entry.consumer.disconnect()));
    await Promise.allSettled([this.producer?.then((p) => p.disconnect()), this.admin?.then((a) => a.disconnect())]);
  }

  private connectProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
      await producer.connect();
      return producer;
    })().catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }

  /** Creates missing topics (an already existing one is fine); brokers often refuse auto-creation. */
  private async ensureTopics(topics: readonly string[]): Promise<void> {
    const missing = topics.filter((topic) => !this.knownTopics.has(topic));
    if (missing.length === 0) return;
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
    const admin = await this.admin;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: this.numPartitions, replicationFactor: this.replicationFactor })),
    });
    for (const topic of missing) this.knownTopics.add(topic);
  }
}

function withTimeout(promise: Promise<void>, ms: number, message: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
