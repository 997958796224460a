export { migrate } from './migrator/migrate.js';
export { MIGRATIONS_DIR } from './migrationsDir.js';
export { listMigrations } from './migrator/listMigrations.js';
export { computeMigrationChecksum, migrationChecksumMatches } from './migrator/migrationChecksum.js';
export { startEmbeddedPostgres, EMBEDDED_POOL_MAX } from './embedded/startEmbeddedPostgres.js';
export { createPrismaClient } from './createPrismaClient.js';
export { checkDatabase } from './checkDatabase.js';
export { registerDbMetrics } from './registerDbMetrics.js';
export {
  DB_ERROR_CODES,
  DbError,
  MigrationChecksumMismatchError,
  MigrationFailedError,
  MigrationLockTimeoutError,
  MigrationNotFinishedError,
  MigrationsDirectoryError,
} from './errors.js';
// The generated client: `PrismaClient` is the class and its type, `Prisma` the namespace of input/filter types.
export { PrismaClient, Prisma } from './generated/prisma/client.js';

export type { MigrateOptions, MigrateResult } from './migrator/migrate.js';
export type { MigrationFile } from './migrator/listMigrations.js';
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded/startEmbeddedPostgres.js';
export type { CreatePrismaClientOptions, DbClient } from './createPrismaClient.js';
export type { DatabaseCheck, Queryable } from './checkDatabase.js';
export type { DbLogger } from './DbLogger.js';
export type { AnyDbError, DbErrorCode } from './errors.js';
export type {
  Credit,
  ExternalId,
  IngestionRun,
  LocalizedTitle,
  Offer,
  Platform,
  SourceRecord,
  Title,
} from './generated/prisma/client.js';
