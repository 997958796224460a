export interface MfaRecord {
  userId: string;
  /** `encryptSecret` blob of the base32 TOTP secret, sealed with context `totp:<userId>`. */
  secretCiphertext: string;
  /** null while enrolment waits for its first code (`confirmMfa`). */
  enabledAt: Date | null;
  /** The last TOTP step redeemed; a code for it or an earlier step is a replay (RFC 6238 §5.2). */
  lastUsedStep: number | null;
}

export interface BackupCodeRecord {
  id: string;
  codeHash: string;
  usedAt: Date | null;
}

/** TOTP secrets and backup codes (`identity.mfa_secret`, `identity.backup_code`). */
export interface MfaStore {
  find(userId: string): Promise<MfaRecord | null>;
  /** Of `userIds`, those with MFA switched on. */
  enabledAmong(userIds: readonly string[]): Promise<Set<string>>;
  /** Starts (or restarts) an enrolment: a new pending secret, not yet enabled. */
  savePending(userId: string, secretCiphertext: string): Promise<void>;
  /**
   * Switches MFA on with the step that proved possession and replaces the backup codes. False when the enrolment
   * is no longer pending, or the step was already used (a concurrent confirmation won).
   */
  enable(userId: string, step: number, at: Date, backupCodeHashes: readonly string[]): Promise<boolean>;
  /** Records `step` as used if it is newer than the last one: compare-and-set against replays and races. */
  useStep(userId: string, step: number): Promise<boolean>;
  backupCodes(userId: string): Promise<BackupCodeRecord[]>;
  /** Spends a backup code if still unused (compare-and-set). */
  spendBackupCode(id: string, at: Date): Promise<boolean>;
  /** Removes the secret and every backup code. */
  remove(userId: string): Promise<void>;
}
