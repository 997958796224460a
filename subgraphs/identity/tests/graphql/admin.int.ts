import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js';
import { toRecord } from '../../src/store/PrismaAuditStore.js';
import { createIdentityHarness, firstError, type IdentityHarness, type SeededUser } from './support/identityHarness.js';

let h: IdentityHarness;
let alice: SeededUser;
let bob: SeededUser;
let admin: SeededUser;

const USERS = /* GraphQL */ `
  query ($status: UserStatus, $first: Int, $after: String) {
    users(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          email
          role
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const SET_STATUS = /* GraphQL */ `
  mutation ($id: ID!, $status: UserStatus!, $reason: String) {
    setUserStatus(id: $id, status: $status, reason: $reason) {
      id
      status
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query ($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          userId
          action
          resourceType
          resourceId
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

async function chainBreak(): Promise<number> {
  const rows = await h.db.prisma.auditLog.findMany({ orderBy: { seq: 'asc' } });
  return verifyAuditChain(rows.map(toRecord));
}

beforeAll(async () => {
  h = await createIdentityHarness();
  admin = await h.seedUser({ email: 'admin@example.test', role: 'admin' });
  alice = await h.seedUser({ email: 'alice@example.test' });
  bob = await h.seedUser({ email: 'bob@example.test', role: 'premium' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('admin users', () => {
  it('is refused to non-admins, including a token that claims admin for a stored free user', async () => {
    expect(firstError(await h.run(h.asUser(alice), USERS))).toMatchObject({ code: 'FORBIDDEN', message: 'This field needs the scope admin:users.' });
    const forged = { kind: 'user' as const, userId: alice.id, role: 'admin' as const, scopes: ['admin:users'] };
    expect(firstError(await h.run(forged, USERS))).toMatchObject({ code: 'FORBIDDEN', message: 'Only admins may use this field.' });
  });

  it('lists users newest first, in pages', async () => {
    const first = await h.data<{ users: { edges: Array<{ node: { email: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(h.asUser(admin), USERS, { first: 2 });
    expect(first.users.edges.map((e) => e.node)).toEqual([
      { email: 'bob@example.test', role: 'PREMIUM', status: 'ACTIVE' },
      { email: 'alice@example.test', role: 'FREE', status: 'ACTIVE' },
    ]);
    expect(first.users.pageInfo.hasNextPage).toBe(true);
    const second = await h.data(h.asUser(admin), USERS, { first: 2, after: first.users.pageInfo.endCursor });
    expect(second).toMatchObject({
      users: { edges: [{ node: { email: 'admin@example.test', role: 'ADMIN' } }], pageInfo: { hasNextPage: false } },
    });
    expect(firstError(await h.run(h.asUser(admin), USERS, { first: 500, after: 'garbage' }))?.extensions.problems).toEqual([
      'first must be between 1 and 100, got 500',
      'after is not a cursor of this connection',
    ]);
  });

  it('suspends a user: their grants go, sign-in and API keys stop working, and it is audited', async () => {
    await h.db.prisma.oidcModel.createMany({
      data: [
        { id: 'grant-bob', type: 'Grant', payload: { accountId: bob.id } },
        { id: 'at-bob', type: 'AccessToken', grantId: 'grant-bob', payload: { grantId: 'grant-bob' } },
      ],
    });
    const key = await h.data<{ createApiKey: { key: string } }>(h.asUser(bob), 'mutation { createApiKey(input: { name: "k", scopes: ["read:content"] }) { key } }');
    expect(await h.service.lookupApiKey(key.createApiKey.key)).not.toBeNull();

    expect(await h.data(h.asUser(admin), SET_STATUS, { id: bob.id, status: 'SUSPENDED', reason: 'chargeback' })).toEqual({
      setUserStatus: { id: bob.id, status: 'SUSPENDED' },
    });
    expect(await h.db.prisma.oidcModel.count()).toBe(0);
    expect(await h.service.accounts.authenticate(bob.email, bob.password)).toBeNull();
    expect(await h.service.accounts.exists(bob.id)).toBe(false);
    expect(await h.service.lookupApiKey(key.createApiKey.key)).toBeNull();
    expect(firstError(await h.run(h.asUser(bob), '{ me { id } }'))).toMatchObject({ code: 'UNAUTHENTICATED', message: 'This account is not active.' });
    expect(await h.data(h.asUser(admin), USERS, { status: 'SUSPENDED' })).toMatchObject({ users: { edges: [{ node: { email: bob.email } }] } });

    await h.data(h.asUser(admin), SET_STATUS, { id: bob.id, status: 'ACTIVE' });
    expect(await h.service.accounts.authenticate(bob.email, bob.password)).toEqual({ userId: bob.id });
  });

  it('refuses self-suspension and unknown users', async () => {
    expect(firstError(await h.run(h.asUser(admin), SET_STATUS, { id: admin.id, status: 'SUSPENDED' }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Admins cannot suspend themselves.',
    });
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect(firstError(await h.run(h.asUser(admin), SET_STATUS, { id: ghost, status: 'SUSPENDED' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: `No user "${ghost}".`,
    });
  });
});

describe('audit log', () => {
  it('lists entries newest first, filtered, with details as JSON', async () => {
    const result = await h.data<{ auditLog: { edges: Array<{ node: unknown }> } }>(h.asUser(admin), AUDIT, { filter: { action: 'ADMIN_ACTION' } });
    expect(result.auditLog.edges.map((e) => e.node)).toEqual([
      {
        userId: admin.id,
        action: 'ADMIN_ACTION',
        resourceType: 'user',
        resourceId: bob.id,
        details: '{"from":"suspended","operation":"set_user_status","reason":null,"to":"active"}',
      },
      {
        userId: admin.id,
        action: 'ADMIN_ACTION',
        resourceType: 'user',
        resourceId: bob.id,
        details: '{"from":"active","operation":"set_user_status","reason":"chargeback","to":"suspended"}',
      },
    ]);
    const page = await h.data<{ auditLog: { pageInfo: { hasNextPage: boolean; endCursor: string } } }>(h.asUser(admin), AUDIT, { first: 2 });
    expect(page.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await h.data<{ auditLog: { edges: unknown[] } }>(h.asUser(admin), AUDIT, { first: 200, after: page.auditLog.pageInfo.endCursor });
    expect(next.auditLog.edges.length).toBe((await h.db.prisma.auditLog.count()) - 2);
    expect(firstError(await h.run(h.asUser(admin), AUDIT, { filter: { action: 'NOPE' }, first: 0 }))?.extensions.problems).toEqual([
      expect.stringMatching(/^action must be one of AUTH_LOGIN, /),
      'pageSize must be between 1 and 200, got 0',
    ]);
  });

  it('keeps a hash chain that verifies after all of the above, and breaks on an edit', async () => {
    const actions = await h.db.prisma.auditLog.findMany({ orderBy: { seq: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(['API_KEY_CREATED', 'ADMIN_ACTION', 'SESSIONS_REVOKED', 'AUTH_FAILED', 'ADMIN_ACTION', 'AUTH_LOGIN']);
    expect(await chainBreak()).toBe(-1);
    const victim = await h.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'ADMIN_ACTION' }, orderBy: { seq: 'asc' } });
    await h.db.prisma.auditLog.update({ where: { id: victim.id }, data: { details: { operation: 'nothing to see' } } });
    expect(await chainBreak()).toBe(Number(victim.seq) - 1);
  });
});
