import { describe, expect, it } from 'vitest';
import { consentsChangedEvent } from '../../src/events/consentsChangedEvent.js';
import { preferencesChangedEvent } from '../../src/events/preferencesChangedEvent.js';
import { userDeletedEvent } from '../../src/events/userDeletedEvent.js';
import { DEFAULT_PREFERENCES } from '../../src/preferences/Preferences.js';
import { NO_CONSENTS } from '../../src/preferences/PrivacyConsents.js';
import { CONTENT_RATINGS } from '../../src/lib/contentRating.js';

const at = new Date('2026-06-01T12:00:00.000Z');

describe('preferencesChangedEvent', () => {
  it('publishes the rating limit in the MPAA spelling catalog documents use', () => {
    const spelled = CONTENT_RATINGS.map((rating) => preferencesChangedEvent('u1', { ...DEFAULT_PREFERENCES, maxContentRating: rating }, at).payload.maxContentRating);
    expect(spelled).toEqual(['G', 'PG', 'PG-13', 'R', 'NC-17']);
    expect(preferencesChangedEvent('u1', DEFAULT_PREFERENCES, at)).toEqual({
      type: 'identity.preferences.changed',
      aggregateId: 'u1',
      schemaVersion: 1,
      occurredAt: at,
      payload: { userId: 'u1', subscribedPlatforms: [], favoriteGenres: [], dislikedGenres: [], preferredLanguages: [], maxContentRating: null },
    });
  });
});

describe('consentsChangedEvent', () => {
  it('lists decided purposes only, in the schema spelling, sorted', () => {
    const event = consentsChangedEvent(
      'u1',
      {
        ...NO_CONSENTS,
        historyRetention: { granted: false, policyVersion: '2', decidedAt: at },
        crossDeviceSync: { granted: true, policyVersion: '1', decidedAt: at },
      },
      at,
    );
    expect(event).toMatchObject({ type: 'identity.consents.changed', aggregateId: 'u1', schemaVersion: 1 });
    expect(event.payload).toEqual({
      userId: 'u1',
      consents: [
        { purpose: 'CROSS_DEVICE_SYNC', granted: true, policyVersion: '1' },
        { purpose: 'HISTORY_RETENTION', granted: false, policyVersion: '2' },
      ],
    });
  });
});

describe('userDeletedEvent', () => {
  it('names only the user', () => {
    expect(userDeletedEvent('u1', at)).toEqual({ type: 'identity.user.deleted', aggregateId: 'u1', schemaVersion: 1, occurredAt: at, payload: { userId: 'u1' } });
  });
});
