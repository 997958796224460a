import type { StoredConsentPurpose } from '../enumValues.js';
import type { Preferences } from '../preferences/Preferences.js';

/** The domain's `Preferences` under a name that does not clash with the schema type's in generated code. */
export type PreferencesRecord = Preferences;

/** One stored consent decision, shaped as the schema's `Consent`. */
export interface ConsentRow {
  purpose: StoredConsentPurpose;
  granted: boolean;
  policyVersion: string;
  updatedAt: Date;
}

/** Viewing preferences and privacy consents (`identity.preferences`, `identity.privacy_consent`). */
export interface PreferencesStore {
  /**
   * Serialises changes to this user's preferences and consents until the enclosing transaction ends. Take it first,
   * then read and write: each change then starts from what the previous one committed, and the event each appends
   * describes the state it left (a consents event carries the full set, which two unserialised changes to different
   * purposes would each get wrong).
   */
  lock(userId: string): Promise<void>;
  /** The stored preferences, or null when the user never changed the defaults. */
  get(userId: string): Promise<Preferences | null>;
  save(userId: string, preferences: Preferences): Promise<void>;
  /** Stored decisions only; a purpose never asked about has no row (and counts as not granted). */
  consents(userId: string): Promise<ConsentRow[]>;
  saveConsent(userId: string, consent: ConsentRow): Promise<void>;
}
