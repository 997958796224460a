import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER, signIdentityAssertion } from '@media-gateway/auth';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { InProcessEventBus, type DomainEvent } from '@media-gateway/events';
import { createLogger } from '@media-gateway/runtime';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { execute, parse, type ExecutionResult } from 'graphql';
import { createRecommendationsService, type RecommendationsService } from '../../src/RecommendationsService.js';

export const SECRET = 'recommendations-test-secret-at-least-32-bytes!';

/**
 * The recommendations service over a fresh migrated database, with an in-process bus to feed it events. GraphQL
 * runs in-process against the subgraph schema with a signed identity, as the router would send it.
 */
export interface RecommendationsHarness {
  service: RecommendationsService;
  db: DbClient;
  bus: InProcessEventBus;
  /** Runs an operation as `userId` (null: anonymous), with `scopes`. */
  gql<T = Record<string, unknown>>(userId: string | null, query: string, variables?: Record<string, unknown>, scopes?: string[]): Promise<ExecutionResult<T>>;
  /** Publishes events and waits until every consumer group applied them. */
  deliver(events: DomainEvent[]): Promise<void>;
  dispose(): Promise<void>;
}

let sequence = 0;

/** A domain event as a producer's relay would publish it; sequences increase across the test file. */
export function domainEvent<T>(source: string, type: string, aggregateId: string, payload: T, schemaVersion = 1): DomainEvent<T> {
  sequence += 1;
  return { id: randomUUID(), type, source, aggregateId, sequence, occurredAt: new Date().toISOString(), payload, schemaVersion };
}

export async function openRecommendationsHarness(): Promise<RecommendationsHarness> {
  const database: TestDatabase = await createTestDatabase();
  const db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  const logger = createLogger({ name: 'recommendations-test', level: 'silent' });
  const bus = new InProcessEventBus({ retry: { maxAttempts: 1 } });
  const service = await createRecommendationsService({ prisma: db.prisma, bus, assertionSecret: SECRET, logger, trainIntervalSeconds: 3600 });
  await service.start();
  return {
    service,
    db,
    bus,
    async gql(userId, query, variables = {}, scopes = []) {
      const headers: Record<string, string> = {};
      if (userId !== null) {
        headers[IDENTITY_HEADER] = await signIdentityAssertion({ kind: 'user', userId, role: 'free', scopes }, { secret: SECRET, now: new Date() });
      }
      const contextValue = await service.createContext(headers);
      return (await execute({ schema: service.schema, document: parse(query), variableValues: variables, contextValue })) as ExecutionResult<never>;
    },
    async deliver(events) {
      await bus.publish(events);
      await bus.whenIdle();
      await service.flushProjections();
    },
    async dispose() {
      await service.close();
      await bus.close();
      await db.dispose();
      await database.dispose();
    },
  };
}
