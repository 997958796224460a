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
  /** The stored preferences, or null when the user never changed the defaults. */
  get(userId: string): Promise<Preferences | null>;
  save(userId: string, preferences: Preferences): Promise<void>;
  /** Stored decisions only; a purpose never asked about has no row (and counts as not granted). */
  consents(userId: string): Promise<ConsentRow[]>;
  saveConsent(userId: string, consent: ConsentRow): Promise<void>;
}
