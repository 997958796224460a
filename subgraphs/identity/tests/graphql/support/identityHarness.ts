import { randomBytes } from 'node:crypto';
import { execute, parse, type ExecutionResult } from 'graphql';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createLogger } from '@media-gateway/runtime';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { IDENTITY_HEADER, scopesForRole, signIdentityAssertion, type Identity, type Role } from '@media-gateway/auth';
import { hashPassword } from '../../../src/account/hashPassword.js';
import { createIdentityService, type IdentityService, type IdentityServiceOptions } from '../../../src/IdentityService.js';
import type { IdentityContext } from '../../../src/IdentityContext.js';

export const ASSERTION_SECRET = 'identity-graphql-tests-assertion-secret-0123456789';

export interface SeededUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

/**
 * One identity service over a fresh migrated database, with a clock the test moves. Callers are built the way the
 * router builds them: an `x-mg-identity` assertion signed at the service's clock, handed to `createContext`.
 */
export interface IdentityHarness {
  service: IdentityService;
  database: TestDatabase;
  db: DbClient;
  clock: { now: Date };
  /** Executes one operation as `caller` (an identity, or a context already made) and returns the raw result. */
  run(caller: Identity | IdentityContext, source: string, variables?: Record<string, unknown>): Promise<ExecutionResult>;
  /** Like `run`, but fails the test on errors and returns `data`. */
  data<T = Record<string, unknown>>(caller: Identity | IdentityContext, source: string, variables?: Record<string, unknown>): Promise<T>;
  contextFor(identity: Identity): Promise<IdentityContext>;
  seedUser(input: { email: string; role?: Role; password?: string; displayName?: string }): Promise<SeededUser>;
  /** A signed-in user's identity with every scope the role may hold. */
  asUser(user: SeededUser): Identity;
  /** Mail in the outbox to `to`, oldest first. */
  mailTo(to: string): Promise<Array<{ subject: string; textBody: string }>>;
  dispose(): Promise<void>;
}

export async function createIdentityHarness(overrides: Partial<IdentityServiceOptions> = {}): Promise<IdentityHarness> {
  const database: TestDatabase = await createTestDatabase();
  const db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  const clock = { now: new Date('2026-06-01T12:00:00.000Z') };
  const service = createIdentityService({
    prisma: db.prisma,
    logger: createLogger({ name: 'identity-test', level: 'silent' }),
    secrets: { assertionSecret: ASSERTION_SECRET, mfaKey: randomBytes(32) },
    now: () => clock.now,
    ...overrides,
  });

  const contextFor = async (identity: Identity) => {
    if (identity.kind === 'anonymous') return service.createContext({});
    const assertion = await signIdentityAssertion(identity, { secret: ASSERTION_SECRET, now: clock.now });
    return service.createContext({ [IDENTITY_HEADER]: assertion });
  };

  const run: IdentityHarness['run'] = async (caller, source, variables) => {
    const contextValue = 'kind' in caller ? await contextFor(caller) : caller;
    return (await execute({ schema: service.schema, document: parse(source), variableValues: variables, contextValue })) as ExecutionResult;
  };

  return {
    service,
    database,
    db,
    clock,
    run,
    async data(caller, source, variables) {
      const result = await run(caller, source, variables);
      if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    contextFor,
    async seedUser({ email, role = 'free', password = 'Correct-Horse-1', displayName }) {
      const user = await db.prisma.user.create({
        data: { email, role, passwordHash: await hashPassword(password), displayName: displayName ?? email.split('@')[0] ?? 'user', emailVerifiedAt: clock.now },
      });
      return { id: user.id, email, password, role };
    },
    asUser: (user) => ({ kind: 'user', userId: user.id, role: user.role, scopes: [...scopesForRole(user.role)] }),
    mailTo: (to) => db.prisma.mailOutbox.findMany({ where: { to }, orderBy: { createdAt: 'asc' }, select: { subject: true, textBody: true } }),
    async dispose() {
      await db.dispose();
      await database.dispose();
    },
  };
}

/** The `extensions` of the first error, with its message: what tests assert on (code and message together). */
export function firstError(result: ExecutionResult): { message: string; code: unknown; extensions: Record<string, unknown> } | undefined {
  const error = result.errors?.[0];
  return error ? { message: error.message, code: error.extensions.code, extensions: error.extensions } : undefined;
}
