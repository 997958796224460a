import type { Profile } from '../household/parseProfileInput.js';

export interface ProfileRecord {
  id: string;
  userId: string;
  name: string;
  isKids: boolean;
  avatarUrl: string | null;
  createdAt: Date;
}

/** Stored parental controls. The PIN hash travels with them for checks but no schema field exposes it. */
export interface ParentalControlsRecord {
  profileId: string;
  enabled: boolean;
  /** G 0 … NC-17 4; null for no explicit limit. */
  ratingLimitRank: number | null;
  blockedGenres: string[];
  viewingStart: string | null;
  viewingEnd: string | null;
  timeZone: string | null;
  pinHash: string | null;
  updatedAt: Date;
}

export type ParentalControlsWrite = Omit<ParentalControlsRecord, 'profileId' | 'updatedAt'>;

/**
 * Profiles and their parental controls (`identity.profile`, `identity.parental_controls`). Methods that take a
 * `userId` only ever see that user's rows: another user's profile id finds nothing, exactly like a missing one.
 */
export interface HouseholdStore {
  listProfiles(userId: string): Promise<ProfileRecord[]>;
  countProfiles(userId: string): Promise<number>;
  findOwnedProfile(userId: string, id: string): Promise<ProfileRecord | null>;
  /** Any user's profile: only for callers that checked the right to see it (admins). */
  findProfile(id: string): Promise<ProfileRecord | null>;
  createProfile(userId: string, profile: Profile): Promise<ProfileRecord>;
  updateProfile(id: string, profile: Profile): Promise<ProfileRecord>;
  deleteProfile(id: string): Promise<void>;
  controlsFor(profileIds: readonly string[]): Promise<Map<string, ParentalControlsRecord>>;
  saveControls(profileId: string, controls: ParentalControlsWrite): Promise<ParentalControlsRecord>;
}
