/** §7: the purposes a user consents to separately. */
export const CONSENT_PURPOSES = ['analytics', 'personalization', 'crossDeviceSync', 'historyRetention'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** One decision: which way, under which version of the privacy policy, and when. Withdrawals are recorded too. */
export interface ConsentRecord {
  granted: boolean;
  /** The policy version the user was shown; the policy URL is derived from it. */
  policyVersion: string;
  decidedAt: Date;
}

/** null: the user was never asked, which counts as not granted (GDPR Art. 7: consent is never presumed). */
export type PrivacyConsents = Record<ConsentPurpose, ConsentRecord | null>;

export const NO_CONSENTS: Readonly<PrivacyConsents> = Object.freeze({
  analytics: null,
  personalization: null,
  crossDeviceSync: null,
  historyRetention: null,
});
