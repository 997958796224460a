import type { DomainEvent } from '../DomainEvent.js';

/**
 * The identity subgraph's domain events: the shared contract between identity (producer, outbox
 * `identity.outbox_event`) and the subgraphs that keep a copy of what they need (playback: subscribed platforms for
 * launch links, consents for history retention). Every event's `aggregateId` is the user id, so one user's events
 * arrive in the order they were committed.
 *
 * Each payload is the user's full current state of that kind, never a diff: a consumer upserts it and ignores an
 * event whose `sequence` is not newer than the one it applied for that user (README "Writing a consumer").
 *
 * Versions: bump one on any change a consumer could misread (a field renamed, removed or re-meant); adding an
 * optional field is not such a change.
 */

/** Appended in the same transaction as every write of a user's viewing preferences (PRODUCT_SPEC §7). */
export const IDENTITY_PREFERENCES_CHANGED = 'identity.preferences.changed';
export const IDENTITY_PREFERENCES_CHANGED_VERSION = 1;

/** Appended in the same transaction as every write of a user's privacy consents (§7, §13). */
export const IDENTITY_CONSENTS_CHANGED = 'identity.consents.changed';
export const IDENTITY_CONSENTS_CHANGED_VERSION = 1;

/**
 * Appended when an account is erased (hard delete, GDPR erasure, §13): every subgraph deletes what it holds for the
 * user. Not sent for a soft delete, which stays recoverable for 30 days (§7); the erasure that follows sends it.
 */
export const IDENTITY_USER_DELETED = 'identity.user.deleted';
export const IDENTITY_USER_DELETED_VERSION = 1;

/** The preferences other subgraphs act on; display-only ones (video quality, autoplay) are not published. */
export interface IdentityPreferencesChangedPayload {
  userId: string;
  /** Catalog platform ids (`netflix`, `prime_video`), lower-case, no duplicates, in the user's order. */
  subscribedPlatforms: string[];
  /** Canonical lower-case genre ids (`science_fiction`); never shares a genre with `dislikedGenres`. */
  favoriteGenres: string[];
  dislikedGenres: string[];
  /** Canonical BCP 47 tags (`en-US`), most preferred first. */
  preferredLanguages: string[];
  /**
   * Highest MPAA rating the user wants to see, spelled as catalog documents spell `contentRating.rating` (`G`, `PG`,
   * `PG-13`, `R`, `NC-17`, least to most restrictive); null for no limit.
   */
  maxContentRating: 'G' | 'PG' | 'PG-13' | 'R' | 'NC-17' | null;
}

/**
 * A consent purpose. Consumers must ignore purposes they do not know: new ones (e.g. CCPA `DO_NOT_SELL`) are added
 * without a version bump.
 */
export type IdentityConsentPurpose = 'ANALYTICS' | 'PERSONALIZATION' | 'CROSS_DEVICE_SYNC' | 'HISTORY_RETENTION' | (string & {});

export interface IdentityConsentDecision {
  purpose: IdentityConsentPurpose;
  /** A withdrawal is `granted: false`. */
  granted: boolean;
  /** The privacy-policy version the decision was made under. */
  policyVersion: string;
}

export interface IdentityConsentsChangedPayload {
  userId: string;
  /**
   * Every purpose the user has decided, one entry each, sorted by purpose. A purpose that is absent was never
   * asked and counts as not granted (consent is never presumed).
   */
  consents: IdentityConsentDecision[];
}

export interface IdentityUserDeletedPayload {
  userId: string;
}

export type IdentityPreferencesChanged = DomainEvent<IdentityPreferencesChangedPayload>;
export type IdentityConsentsChanged = DomainEvent<IdentityConsentsChangedPayload>;
export type IdentityUserDeleted = DomainEvent<IdentityUserDeletedPayload>;

/** True for an `identity.preferences.changed` event of the version this code understands. */
export function isIdentityPreferencesChanged(event: DomainEvent): event is IdentityPreferencesChanged {
  return event.type === IDENTITY_PREFERENCES_CHANGED && event.schemaVersion === IDENTITY_PREFERENCES_CHANGED_VERSION;
}

/** True for an `identity.consents.changed` event of the version this code understands. */
export function isIdentityConsentsChanged(event: DomainEvent): event is IdentityConsentsChanged {
  return event.type === IDENTITY_CONSENTS_CHANGED && event.schemaVersion === IDENTITY_CONSENTS_CHANGED_VERSION;
}

/** True for an `identity.user.deleted` event of the version this code understands. */
export function isIdentityUserDeleted(event: DomainEvent): event is IdentityUserDeleted {
  return event.type === IDENTITY_USER_DELETED && event.schemaVersion === IDENTITY_USER_DELETED_VERSION;
}
