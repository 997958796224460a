import { fileURLToPath } from 'node:url';

/** The repository's Prisma folder, found from this file so tests run from any working directory. */
export const PRISMA_SCHEMA_PATH = fileURLToPath(new URL('../../../../prisma/schema.prisma', import.meta.url));
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../prisma/migrations', import.meta.url));
