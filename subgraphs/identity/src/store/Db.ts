import type { Prisma, PrismaClient } from '@media-gateway/db';

/** What a Prisma store runs its queries on: the client, or the transaction a unit of work opened. */
export type Db = PrismaClient | Prisma.TransactionClient;
