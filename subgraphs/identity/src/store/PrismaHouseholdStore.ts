import type { Profile } from '../household/parseProfileInput.js';
import type { Db } from './Db.js';
import type { HouseholdStore, ParentalControlsRecord, ParentalControlsWrite, ProfileRecord } from './HouseholdStore.js';

const PROFILE_FIELDS = { id: true, userId: true, name: true, isKids: true, avatarUrl: true, createdAt: true } as const;

export class PrismaHouseholdStore implements HouseholdStore {
  constructor(private readonly db: Db) {}

  listProfiles(userId: string): Promise<ProfileRecord[]> {
    return this.db.profile.findMany({ where: { userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: PROFILE_FIELDS });
  }

  countProfiles(userId: string): Promise<number> {
    return this.db.profile.count({ where: { userId } });
  }

  findOwnedProfile(userId: string, id: string): Promise<ProfileRecord | null> {
    return this.db.profile.findFirst({ where: { id, userId }, select: PROFILE_FIELDS });
  }

  findProfile(id: string): Promise<ProfileRecord | null> {
    return this.db.profile.findUnique({ where: { id }, select: PROFILE_FIELDS });
  }

  createProfile(userId: string, profile: Profile): Promise<ProfileRecord> {
    return this.db.profile.create({ data: { userId, ...profile }, select: PROFILE_FIELDS });
  }

  updateProfile(id: string, profile: Profile): Promise<ProfileRecord> {
    return this.db.profile.update({ where: { id }, data: profile, select: PROFILE_FIELDS });
  }

  async deleteProfile(id: string): Promise<void> {
    await this.db.profile.delete({ where: { id } });
  }

  async controlsFor(profileIds: readonly string[]): Promise<Map<string, ParentalControlsRecord>> {
    const rows = await this.db.parentalControls.findMany({ where: { profileId: { in: [...profileIds] } } });
    return new Map(rows.map((row) => [row.profileId, row]));
  }

  saveControls(profileId: string, controls: ParentalControlsWrite): Promise<ParentalControlsRecord> {
    return this.db.parentalControls.upsert({ where: { profileId }, create: { profileId, ...controls }, update: controls });
  }
}
