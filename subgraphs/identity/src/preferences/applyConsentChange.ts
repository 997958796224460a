import { CONSENT_PURPOSES, type ConsentPurpose, type PrivacyConsents } from './PrivacyConsents.js';
import { parsed, type Parsed } from '../lib/Parsed.js';

/** The decisions a user made on one screen, under one policy version. Absent or null purposes are unchanged. */
export type ConsentChange = { policyVersion: string } & { [P in ConsentPurpose]?: boolean | null };

const POLICY_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/**
 * Records consent decisions made at `now` (§7: versioned consents).
 *
 * When `currentPolicyVersion` is given, a decision must be made under it: consent is only informed if it was given
 * to the text now in force, so a client still showing an old policy must fetch the new one first. Repeating a
 * decision already on record under the same version keeps the original record and its time, so `decidedAt`
 * always says when the user actually decided.
 */
export function applyConsentChange(
  current: PrivacyConsents,
  change: ConsentChange,
  now: Date,
  currentPolicyVersion?: string,
): Parsed<PrivacyConsents> {
  const problems: string[] = [];
  const { policyVersion } = change;
  if (!POLICY_VERSION.test(policyVersion)) {
    problems.push(`policyVersion must be 1 to 32 letters, digits, '.', '_' or '-', got ${JSON.stringify(policyVersion)}`);
  } else if (currentPolicyVersion !== undefined && policyVersion !== currentPolicyVersion) {
    problems.push(`policyVersion ${policyVersion} is not the current privacy policy (${currentPolicyVersion}); show the current policy and ask again`);
  }

  const decided = CONSENT_PURPOSES.filter((purpose) => change[purpose] != null);
  if (decided.length === 0) problems.push(`a consent change must decide at least one of ${CONSENT_PURPOSES.join(', ')}`);

  const next: PrivacyConsents = { ...current };
  for (const purpose of decided) {
    const granted = change[purpose] === true;
    const previous = current[purpose];
    if (previous && previous.granted === granted && previous.policyVersion === policyVersion) continue;
    next[purpose] = { granted, policyVersion, decidedAt: now };
  }
  return parsed(problems, next);
}

