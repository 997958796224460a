import type { EmailTokenKind, IssuedEmailToken } from '../account/issueEmailToken.js';

export interface EmailTokenRecord {
  id: string;
  userId: string;
  kind: EmailTokenKind;
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

/** Single-use email links (`identity.email_token`); only the SHA-256 of a token is ever stored. */
export interface EmailTokenStore {
  create(userId: string, token: IssuedEmailToken, at: Date): Promise<void>;
  findByHash(tokenHash: string): Promise<EmailTokenRecord | null>;
  /** Marks the token used if it still is unused: a compare-and-set, so two clicks on one link cannot both win. */
  redeem(id: string, at: Date): Promise<boolean>;
  /** When tokens of `kind` were issued to the user since `since`: the input of `resetRequestAllowed`. */
  issuedSince(userId: string, kind: EmailTokenKind, since: Date): Promise<Date[]>;
  /** Spends every unused token of `kind` (after a reset, older reset links must stop working). */
  retireUnused(userId: string, kind: EmailTokenKind, at: Date): Promise<number>;
}
