import { isContentRating } from '../lib/contentRating.js';
import { isStoredConsentPurpose } from '../enumValues.js';
import { DEFAULT_PREFERENCES, VIDEO_QUALITIES, type Preferences, type VideoQuality } from '../preferences/Preferences.js';
import type { Db } from './Db.js';
import type { ConsentRow, PreferencesStore } from './PreferencesStore.js';

export class PrismaPreferencesStore implements PreferencesStore {
  constructor(private readonly db: Db) {}

  async lock(userId: string): Promise<void> {
    await this.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`identity.preferences:${userId}`}, 0))`;
  }

  async get(userId: string): Promise<Preferences | null> {
    const row = await this.db.preferences.findUnique({ where: { userId } });
    if (!row) return null;
    // Columns are text; only this store writes them, from validated domain values. Anything else reads as the default.
    const quality = VIDEO_QUALITIES.find((value) => value === row.preferredVideoQuality);
    return {
      favoriteGenres: row.favoriteGenres,
      dislikedGenres: row.dislikedGenres,
      preferredLanguages: row.preferredLanguages,
      subscribedPlatforms: row.subscribedPlatforms,
      maxContentRating: isContentRating(row.maxContentRating) ? row.maxContentRating : null,
      preferredVideoQuality: quality ?? DEFAULT_PREFERENCES.preferredVideoQuality,
      autoplayNext: row.autoplayNext,
    };
  }

  async save(userId: string, preferences: Preferences): Promise<void> {
    const data = { ...preferences, preferredVideoQuality: preferences.preferredVideoQuality satisfies VideoQuality };
    await this.db.preferences.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  }

  async consents(userId: string): Promise<ConsentRow[]> {
    const rows = await this.db.privacyConsent.findMany({ where: { userId } });
    return rows.flatMap(({ purpose, granted, policyVersion, updatedAt }) =>
      isStoredConsentPurpose(purpose) ? [{ purpose, granted, policyVersion, updatedAt }] : [],
    );
  }

  async saveConsent(userId: string, consent: ConsentRow): Promise<void> {
    const { purpose, ...data } = consent;
    await this.db.privacyConsent.upsert({ where: { userId_purpose: { userId, purpose } }, create: { userId, purpose, ...data }, update: data });
  }
}
