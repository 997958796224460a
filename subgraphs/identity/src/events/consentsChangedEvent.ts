import {
  IDENTITY_CONSENTS_CHANGED,
  IDENTITY_CONSENTS_CHANGED_VERSION,
  type IdentityConsentsChangedPayload,
  type OutboxEventInput,
} from '@media-gateway/events';
import { consentRowsOf } from '../preferences/consentRows.js';
import type { PrivacyConsents } from '../preferences/PrivacyConsents.js';

/**
 * The outbox entry announcing every consent decision a user has on record, after a change (the full set, so a
 * consumer never has to merge). Purposes are spelled as the schema's `ConsentPurpose` (`CROSS_DEVICE_SYNC`), sorted.
 */
export function consentsChangedEvent(userId: string, consents: PrivacyConsents, occurredAt: Date): OutboxEventInput<IdentityConsentsChangedPayload> {
  const decisions = consentRowsOf(consents)
    .map(({ purpose, granted, policyVersion }) => ({ purpose: purpose.toUpperCase(), granted, policyVersion }))
    .sort((a, b) => (a.purpose < b.purpose ? -1 : a.purpose > b.purpose ? 1 : 0));
  return {
    type: IDENTITY_CONSENTS_CHANGED,
    aggregateId: userId,
    schemaVersion: IDENTITY_CONSENTS_CHANGED_VERSION,
    occurredAt,
    payload: { userId, consents: decisions },
  };
}
