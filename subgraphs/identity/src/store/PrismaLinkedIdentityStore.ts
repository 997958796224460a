import type { Db } from './Db.js';
import type { LinkedIdentityRecord, LinkedIdentityStore } from './LinkedIdentityStore.js';

export class PrismaLinkedIdentityStore implements LinkedIdentityStore {
  constructor(private readonly db: Db) {}

  find(provider: string, subject: string): Promise<LinkedIdentityRecord | null> {
    return this.db.linkedIdentity.findUnique({ where: { provider_subject: { provider, subject } } });
  }

  link(input: { provider: string; subject: string; userId: string; email: string | null }): Promise<LinkedIdentityRecord> {
    return this.db.linkedIdentity.create({ data: input });
  }

  async createLinkedUser(input: {
    email: string;
    displayName: string;
    emailVerifiedAt: Date | null;
    provider: string;
    subject: string;
  }): Promise<string> {
    const { email, displayName, emailVerifiedAt, provider, subject } = input;
    const user = await this.db.user.create({
      // role and status take their defaults (free, active); passwordHash stays null.
      data: { email, displayName, emailVerifiedAt, linkedIdentities: { create: { provider, subject, email } } },
      select: { id: true },
    });
    return user.id;
  }
}
