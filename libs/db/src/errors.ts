// Every error this package throws on purpose. The set of codes is closed: callers `switch (err.code)` over
// `DbErrorCode`, and a code once published keeps its meaning (modelled on jose `src/util/errors.ts` and Apollo's
// `ERRORS` registry). Caller misuse (a wrong option) is a plain `TypeError` naming the option, never one of these.

/** Stable codes of the errors in this module. */
export type DbErrorCode =
  | 'ERR_MIGRATIONS_DIRECTORY_INVALID'
  | 'ERR_MIGRATION_CHECKSUM_MISMATCH'
  | 'ERR_MIGRATION_NOT_FINISHED'
  | 'ERR_MIGRATION_FAILED'
  | 'ERR_MIGRATION_LOCK_TIMEOUT';

/** What each code means and the package version that introduced it. Removed codes stay listed with a reason. */
export const DB_ERROR_CODES: Readonly<Record<DbErrorCode, { description: string; addedIn: string }>> = {
  ERR_MIGRATIONS_DIRECTORY_INVALID: {
    description: 'The migrations folder is missing, or a migration folder in it has no migration.sql.',
    addedIn: '0.1.0',
  },
  ERR_MIGRATION_CHECKSUM_MISMATCH: {
    description: 'An applied migration was edited afterwards: its migration.sql no longer matches the recorded checksum.',
    addedIn: '0.1.0',
  },
  ERR_MIGRATION_NOT_FINISHED: {
    description:
      'The database records a migration that started but never finished (Prisma P3009). Resolve it with ' +
      '`prisma migrate resolve` or by hand before migrating again.',
    addedIn: '0.1.0',
  },
  ERR_MIGRATION_FAILED: {
    description: 'A migration failed to apply; it was rolled back completely and left no record.',
    addedIn: '0.1.0',
  },
  ERR_MIGRATION_LOCK_TIMEOUT: {
    description: 'Another process held the migration advisory lock for longer than the lock timeout.',
    addedIn: '0.1.0',
  },
};

/** Base class: `instanceof DbError` catches every error of this package. */
export class DbError extends Error {
  static code: DbErrorCode;
  readonly code: DbErrorCode;

  constructor(code: DbErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class MigrationsDirectoryError extends DbError {
  static override code = 'ERR_MIGRATIONS_DIRECTORY_INVALID' as const;
  declare readonly code: 'ERR_MIGRATIONS_DIRECTORY_INVALID';

  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(MigrationsDirectoryError.code, message, options);
  }
}

export class MigrationChecksumMismatchError extends DbError {
  static override code = 'ERR_MIGRATION_CHECKSUM_MISMATCH' as const;
  declare readonly code: 'ERR_MIGRATION_CHECKSUM_MISMATCH';

  constructor(
    readonly migrationName: string,
    /** sha256 of the migration.sql on disk now. */
    readonly fileChecksum: string,
    /** What `_prisma_migrations.checksum` says was applied. */
    readonly recordedChecksum: string,
  ) {
    super(
      MigrationChecksumMismatchError.code,
      `Migration ${migrationName} was modified after it was applied (file checksum ${fileChecksum}, ` +
        `recorded ${recordedChecksum}). Restore the original file and put the change in a new migration.`,
    );
  }
}

export class MigrationNotFinishedError extends DbError {
  static override code = 'ERR_MIGRATION_NOT_FINISHED' as const;
  declare readonly code: 'ERR_MIGRATION_NOT_FINISHED';

  constructor(readonly migrationName: string) {
    super(
      MigrationNotFinishedError.code,
      `Migration ${migrationName} is recorded as started but not finished in _prisma_migrations. ` +
        `Mark it with \`prisma migrate resolve --rolled-back ${migrationName}\` (or --applied) before migrating again.`,
    );
  }
}

export class MigrationFailedError extends DbError {
  static override code = 'ERR_MIGRATION_FAILED' as const;
  declare readonly code: 'ERR_MIGRATION_FAILED';

  constructor(
    readonly migrationName: string,
    /** Postgres' own message, e.g. `syntax error at or near "CREAT"`. */
    readonly databaseMessage: string,
    /** SQLSTATE when Postgres reported one, e.g. `42601`. */
    readonly sqlState: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      MigrationFailedError.code,
      `Migration ${migrationName} failed and was rolled back: ${databaseMessage}` +
        (sqlState ? ` (SQLSTATE ${sqlState})` : ''),
      options,
    );
  }
}

export class MigrationLockTimeoutError extends DbError {
  static override code = 'ERR_MIGRATION_LOCK_TIMEOUT' as const;
  declare readonly code: 'ERR_MIGRATION_LOCK_TIMEOUT';

  constructor(
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(
      MigrationLockTimeoutError.code,
      `Timed out after ${timeoutMs} ms waiting for the migration lock (pg_advisory_lock(72707369)); ` +
        `another process is migrating this database.`,
      options,
    );
  }
}

/** Union of every concrete error, so `switch (err.code)` narrows to the right class. */
export type AnyDbError =
  | MigrationsDirectoryError
  | MigrationChecksumMismatchError
  | MigrationNotFinishedError
  | MigrationFailedError
  | MigrationLockTimeoutError;
