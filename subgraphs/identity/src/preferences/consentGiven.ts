import type { ConsentPurpose, PrivacyConsents } from './PrivacyConsents.js';

/**
 * Whether the user currently consents to `purpose`. With `currentPolicyVersion`, consent given under an older
 * policy no longer counts, for when a policy change is material enough to ask again.
 */
export function consentGiven(consents: PrivacyConsents, purpose: ConsentPurpose, currentPolicyVersion?: string): boolean {
  const record = consents[purpose];
  if (!record?.granted) return false;
  return currentPolicyVersion === undefined || record.policyVersion === currentPolicyVersion;
}
