import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URI, type TOTP } from 'otpauth';
import { createIdentityHarness, firstError, type IdentityHarness, type SeededUser } from './support/identityHarness.js';

let h: IdentityHarness;
let alice: SeededUser;
let totp: TOTP;
let backupCodes: string[];

const ENROLL = /* GraphQL */ `
  mutation {
    enrollMfa {
      otpauthUri
      qrCodeDataUrl
    }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation ($code: String!) {
    confirmMfa(code: $code)
  }
`;
const VERIFY = /* GraphQL */ `
  mutation ($code: String!) {
    verifyMfa(code: $code)
  }
`;
const DISABLE = /* GraphQL */ `
  mutation ($code: String!) {
    disableMfa(code: $code)
  }
`;

const codeNow = () => totp.generate({ timestamp: h.clock.now.getTime() });
const advance = (seconds: number) => {
  h.clock.now = new Date(h.clock.now.getTime() + seconds * 1000);
};
const verify = async (code: string) => h.run(h.asUser(alice), VERIFY, { code });

beforeAll(async () => {
  h = await createIdentityHarness();
  alice = await h.seedUser({ email: 'alice@example.test' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('MFA', () => {
  it('enrols: an otpauth URI and a PNG QR code; the secret is stored sealed', async () => {
    const { enrollMfa } = await h.data<{ enrollMfa: { otpauthUri: string; qrCodeDataUrl: string } }>(h.asUser(alice), ENROLL);
    expect(enrollMfa.otpauthUri).toMatch(/^otpauth:\/\/totp\/MediaGateway:alice%40example\.test\?.*issuer=MediaGateway/);
    expect(enrollMfa.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    totp = URI.parse(enrollMfa.otpauthUri) as TOTP;

    const stored = await h.db.prisma.mfaSecret.findUniqueOrThrow({ where: { userId: alice.id } });
    expect(stored.secretCiphertext).toMatch(/^v1\./);
    expect(stored.secretCiphertext).not.toContain(totp.secret.base32);
    expect(stored.enabledAt).toBeNull();
    expect(await h.data(h.asUser(alice), '{ me { mfaEnabled } }')).toEqual({ me: { mfaEnabled: false } });
  });

  it('confirms with a current code and hands out 10 backup codes once', async () => {
    const wrong = await h.run(h.asUser(alice), CONFIRM, { code: '000000' === codeNow() ? '111111' : '000000' });
    expect(firstError(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'code is not a current code of the authenticator being enrolled' });

    backupCodes = (await h.data<{ confirmMfa: string[] }>(h.asUser(alice), CONFIRM, { code: codeNow() })).confirmMfa;
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);
    expect(await h.data(h.asUser(alice), '{ me { mfaEnabled } }')).toEqual({ me: { mfaEnabled: true } });
    expect(firstError(await h.run(h.asUser(alice), ENROLL))).toMatchObject({ code: 'CONFLICT' });
  });

  it('verifies a fresh TOTP code and refuses the replay of a used step', async () => {
    expect((await verify(codeNow())).data).toEqual({ verifyMfa: false });
    advance(30);
    expect((await verify(codeNow())).data).toEqual({ verifyMfa: true });
    expect((await verify(codeNow())).data).toEqual({ verifyMfa: false });
  });

  it('accepts a backup code once', async () => {
    const [code] = backupCodes;
    expect((await verify(`${code?.slice(0, 4)}-${code?.slice(4)}`.toLowerCase())).data).toEqual({ verifyMfa: true });
    expect((await verify(code ?? '')).data).toEqual({ verifyMfa: false });
    const used = await h.db.prisma.backupCode.count({ where: { userId: alice.id, usedAt: { not: null } } });
    expect(used).toBe(1);
  });

  it('refuses the 6th attempt in a minute with RATE_LIMITED, and a success resets the counter', async () => {
    advance(30);
    expect((await verify(codeNow())).data).toEqual({ verifyMfa: true });
    for (let i = 0; i < 5; i++) expect((await verify('12345')).data).toEqual({ verifyMfa: false });

    advance(10);
    const limited = await verify(codeNow());
    expect(firstError(limited)).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many MFA attempts; try again later.' });
    expect(firstError(limited)?.extensions.retryAfterSeconds).toBe(50);

    advance(50);
    expect((await verify(codeNow())).data).toEqual({ verifyMfa: true });
    for (let i = 0; i < 5; i++) expect((await verify('99999999')).data).toEqual({ verifyMfa: false });
    const failures = await h.db.prisma.auditLog.count({ where: { userId: alice.id, action: 'MFA_FAILED' } });
    expect(failures).toBeGreaterThanOrEqual(13);
  });

  it('disables only with a valid code', async () => {
    advance(60);
    expect((await h.run(h.asUser(alice), DISABLE, { code: '000000' === codeNow() ? '111111' : '000000' })).data).toEqual({ disableMfa: false });
    expect(await h.data(h.asUser(alice), DISABLE, { code: backupCodes[1] })).toEqual({ disableMfa: true });
    expect(await h.data(h.asUser(alice), '{ me { mfaEnabled } }')).toEqual({ me: { mfaEnabled: false } });
    expect(await h.db.prisma.backupCode.count({ where: { userId: alice.id } })).toBe(0);
    expect(firstError(await verify(codeNow()))).toMatchObject({ code: 'CONFLICT', message: 'MFA is not on for this account.' });
  });
});
