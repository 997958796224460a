import { Prisma } from '@media-gateway/db';

/**
 * Whether `error` is Postgres refusing a duplicate on the unique index `constraint` (e.g. `audit_log_seq_key`).
 * Through `@prisma/adapter-pg` a P2002 names the index under `meta.driverAdapterError.cause.constraint.index`
 * rather than in `meta.target`, so both places are read.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  const meta = error.meta as
    | { target?: unknown; driverAdapterError?: { cause?: { constraint?: { index?: unknown; fields?: unknown } } } }
    | undefined;
  const index = meta?.driverAdapterError?.cause?.constraint?.index;
  return index === constraint || meta?.target === constraint;
}
