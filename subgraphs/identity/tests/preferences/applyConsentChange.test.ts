import { describe, expect, it } from 'vitest';
import { applyConsentChange } from '../../src/preferences/applyConsentChange.js';
import { consentGiven } from '../../src/preferences/consentGiven.js';
import { NO_CONSENTS } from '../../src/preferences/PrivacyConsents.js';

const t1 = new Date('2025-03-01T12:00:00Z');
const t2 = new Date('2025-04-01T12:00:00Z');

describe('applyConsentChange (§7 versioned consents)', () => {
  it('records each decision with the policy version and time', () => {
    expect(applyConsentChange(NO_CONSENTS, { policyVersion: '2025-03', analytics: true, personalization: false }, t1)).toEqual({
      ok: true,
      value: {
        analytics: { granted: true, policyVersion: '2025-03', decidedAt: t1 },
        personalization: { granted: false, policyVersion: '2025-03', decidedAt: t1 },
        crossDeviceSync: null,
        historyRetention: null,
      },
    });
  });

  it('records a withdrawal, and keeps the original record when a decision is merely repeated', () => {
    const first = applyConsentChange(NO_CONSENTS, { policyVersion: 'v1', analytics: true, crossDeviceSync: true }, t1).value!;
    const second = applyConsentChange(first, { policyVersion: 'v1', analytics: false, crossDeviceSync: true }, t2).value!;
    expect(second.analytics).toEqual({ granted: false, policyVersion: 'v1', decidedAt: t2 });
    expect(second.crossDeviceSync).toEqual({ granted: true, policyVersion: 'v1', decidedAt: t1 });
  });

  it('re-records a repeated decision made under a new policy version', () => {
    const first = applyConsentChange(NO_CONSENTS, { policyVersion: 'v1', historyRetention: true }, t1).value!;
    expect(applyConsentChange(first, { policyVersion: 'v2', historyRetention: true }, t2).value?.historyRetention).toEqual({
      granted: true,
      policyVersion: 'v2',
      decidedAt: t2,
    });
  });

  it('refuses consent to a policy that is not the current one', () => {
    expect(applyConsentChange(NO_CONSENTS, { policyVersion: 'v1', analytics: true }, t1, 'v2')).toEqual({
      ok: false,
      problems: ['policyVersion v1 is not the current privacy policy (v2); show the current policy and ask again'],
    });
  });

  it('reports a malformed version and an empty change together', () => {
    expect(applyConsentChange(NO_CONSENTS, { policyVersion: '', analytics: null }, t1).problems).toEqual([
      `policyVersion must be 1 to 32 letters, digits, '.', '_' or '-', got ""`,
      'a consent change must decide at least one of analytics, personalization, crossDeviceSync, historyRetention',
    ]);
  });
});

describe('consentGiven', () => {
  const consents = applyConsentChange(NO_CONSENTS, { policyVersion: 'v1', analytics: true, personalization: false }, t1).value!;

  it('is true only for a grant on record', () => {
    expect(consentGiven(consents, 'analytics')).toBe(true);
    expect(consentGiven(consents, 'personalization')).toBe(false);
    expect(consentGiven(consents, 'crossDeviceSync')).toBe(false);
  });

  it('can require the grant to be under the current policy', () => {
    expect(consentGiven(consents, 'analytics', 'v1')).toBe(true);
    expect(consentGiven(consents, 'analytics', 'v2')).toBe(false);
  });
});
