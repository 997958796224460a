import { fileURLToPath } from 'node:url';

/** The project's Prisma migrations (`prisma/migrations`), applied by `migrate()` and by `prisma migrate deploy` alike. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));
