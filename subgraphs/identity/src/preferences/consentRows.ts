import { DOMAIN_PURPOSE, storedPurpose } from '../enumValues.js';
import type { ConsentRow } from '../store/PreferencesStore.js';
import { CONSENT_PURPOSES, NO_CONSENTS, type PrivacyConsents } from './PrivacyConsents.js';

/** Stored consent rows in the domain's shape; a purpose without a row was never asked. */
export function consentsFromRows(rows: readonly ConsentRow[]): PrivacyConsents {
  const consents: PrivacyConsents = { ...NO_CONSENTS };
  for (const row of rows) {
    consents[DOMAIN_PURPOSE[row.purpose]] = { granted: row.granted, policyVersion: row.policyVersion, decidedAt: row.updatedAt };
  }
  return consents;
}

/** The decided purposes as rows, in the fixed order of `CONSENT_PURPOSES`. */
export function consentRowsOf(consents: PrivacyConsents): ConsentRow[] {
  return CONSENT_PURPOSES.flatMap((purpose) => {
    const record = consents[purpose];
    return record ? [{ purpose: storedPurpose(purpose), granted: record.granted, policyVersion: record.policyVersion, updatedAt: record.decidedAt }] : [];
  });
}
