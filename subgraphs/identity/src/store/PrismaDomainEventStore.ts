import { appendToOutbox, type OutboxEventInput } from '@media-gateway/events';
import { IDENTITY_OUTBOX_SCHEMA } from '../events/identityOutbox.js';
import type { Db } from './Db.js';
import type { DomainEventStore } from './DomainEventStore.js';

export class PrismaDomainEventStore implements DomainEventStore {
  constructor(private readonly db: Db) {}

  async append(events: readonly OutboxEventInput[]): Promise<void> {
    await appendToOutbox(this.db, IDENTITY_OUTBOX_SCHEMA, events);
  }
}
