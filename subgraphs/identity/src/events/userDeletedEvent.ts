import { IDENTITY_USER_DELETED, IDENTITY_USER_DELETED_VERSION, type IdentityUserDeletedPayload, type OutboxEventInput } from '@media-gateway/events';

/**
 * The outbox entry telling every subgraph to erase what it holds for `userId` (§13 GDPR erasure). Append it in the
 * transaction that erases the account (`stores.events.append`), not at a soft delete, which is recoverable for 30
 * days (§7).
 */
export function userDeletedEvent(userId: string, occurredAt: Date): OutboxEventInput<IdentityUserDeletedPayload> {
  return {
    type: IDENTITY_USER_DELETED,
    aggregateId: userId,
    schemaVersion: IDENTITY_USER_DELETED_VERSION,
    occurredAt,
    payload: { userId },
  };
}
