import { describe, expect, it } from 'vitest';
import {
  IDENTITY_CONSENTS_CHANGED,
  IDENTITY_CONSENTS_CHANGED_VERSION,
  IDENTITY_PREFERENCES_CHANGED,
  IDENTITY_PREFERENCES_CHANGED_VERSION,
  IDENTITY_USER_DELETED,
  IDENTITY_USER_DELETED_VERSION,
  isIdentityConsentsChanged,
  isIdentityPreferencesChanged,
  isIdentityUserDeleted,
} from '@media-gateway/events';
import { makeEvent } from '../support/makeEvent.js';

describe('identity event guards', () => {
  it.each([
    [IDENTITY_PREFERENCES_CHANGED, 'identity.preferences.changed', IDENTITY_PREFERENCES_CHANGED_VERSION, isIdentityPreferencesChanged],
    [IDENTITY_CONSENTS_CHANGED, 'identity.consents.changed', IDENTITY_CONSENTS_CHANGED_VERSION, isIdentityConsentsChanged],
    [IDENTITY_USER_DELETED, 'identity.user.deleted', IDENTITY_USER_DELETED_VERSION, isIdentityUserDeleted],
  ] as const)('%s: accepts only its own type at the version this code reads', (type, spelled, version, guard) => {
    expect(type).toBe(spelled);
    const event = makeEvent(type, 'user-1', 1, { userId: 'user-1' });
    expect(guard({ ...event, schemaVersion: version })).toBe(true);
    expect(guard({ ...event, schemaVersion: version + 1 })).toBe(false);
    expect(guard({ ...event, type: 'identity.profile.changed' })).toBe(false);
  });

  it('tells the three types apart', () => {
    const preferences = makeEvent(IDENTITY_PREFERENCES_CHANGED, 'u', 1);
    expect([isIdentityPreferencesChanged, isIdentityConsentsChanged, isIdentityUserDeleted].map((guard) => guard(preferences))).toEqual([true, false, false]);
  });
});
