import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { TokenRevocationCheck, TokenRevocations, TokenRevocationsOptions } from '@media-gateway/auth';

export interface TokenRevocationsFactory {
  create(options: TokenRevocationsOptions): Promise<TokenRevocations>;
  dispose?(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The behaviour every `TokenRevocations` adapter must have. Each adapter's test file runs it against a real
 * instance; ids are random per test so runs sharing a Redis never see each other's entries. Expiry is tested with
 * lifetimes of a fraction of a second on the real clock, because Redis expires keys on its own clock.
 */
export function tokenRevocationsContract(name: string, factory: TokenRevocationsFactory, options: { skip?: string } = {}): void {
  describe.skipIf(Boolean(options.skip))(`TokenRevocations contract: ${name}`, () => {
    afterAll(async () => factory.dispose?.());

    const id = (label: string) => `${label}-${randomUUID()}`;
    const at = (iso: string) => new Date(iso);
    const check = (sub: string, iat: Date, extra: Partial<TokenRevocationCheck> = {}): TokenRevocationCheck => ({ sub, jti: id('jti'), iat, ...extra });
    // A clock frozen at 10:00:00.700 with the §6 lifetimes, for the cut-off rules.
    const frozen = (overrides: TokenRevocationsOptions = {}) => factory.create({ now: () => at('2026-03-01T10:00:00.700Z'), ...overrides });

    it('revokes every token of a subject issued at or before the cut-off, and none issued after', async () => {
      const store = await frozen();
      const user = id('user');
      await store.revokeSubject(user, at('2026-03-01T10:00:00.700Z'));
      // `iat` is whole seconds: 10:00:00 may be 10:00:00.900, after the cut-off, and is refused anyway (fail closed).
      expect(await store.isRevoked(check(user, at('2026-03-01T09:30:00.000Z')))).toBe(true);
      expect(await store.isRevoked(check(user, at('2026-03-01T10:00:00.000Z')))).toBe(true);
      expect(await store.isRevoked(check(user, at('2026-03-01T10:00:01.000Z')))).toBe(false);
      expect(await store.isRevoked(check(id('other-user'), at('2026-03-01T09:30:00.000Z')))).toBe(false);
    });

    it('keeps the later of two cut-offs', async () => {
      const store = await frozen();
      const user = id('user');
      const token = check(user, at('2026-03-01T09:30:00.000Z'));
      await store.revokeSubject(user, at('2026-03-01T09:00:00.000Z'));
      expect(await store.isRevoked(token)).toBe(false);
      await store.revokeSubject(user, at('2026-03-01T10:00:00.000Z'));
      expect(await store.isRevoked(token)).toBe(true);
      await store.revokeSubject(user, at('2026-03-01T09:00:00.000Z'));
      expect(await store.isRevoked(token)).toBe(true);
    });

    it('revokes the tokens of a grant, and only those that name it', async () => {
      const store = await frozen();
      const grant = id('grant');
      const user = id('user');
      await store.revokeGrant(grant, at('2026-03-01T11:00:00.000Z'));
      expect(await store.isRevoked(check(user, at('2026-03-01T10:00:30.000Z'), { grantId: grant }))).toBe(true);
      expect(await store.isRevoked(check(user, at('2026-03-01T10:00:30.000Z'), { grantId: id('grant') }))).toBe(false);
      expect(await store.isRevoked(check(user, at('2026-03-01T10:00:30.000Z')))).toBe(false);
    });

    it('revokes one token by jti', async () => {
      const store = await frozen();
      const user = id('user');
      const revoked = check(user, at('2026-03-01T10:00:00.000Z'));
      await store.revokeToken(revoked.jti, at('2026-03-01T11:00:00.000Z'));
      expect(await store.isRevoked(revoked)).toBe(true);
      expect(await store.isRevoked({ ...revoked, jti: id('jti') })).toBe(false);
    });

    it('does not store an entry whose tokens have all expired, skew included', async () => {
      const store = await frozen({ clockToleranceSeconds: 60 });
      const token = check(id('user'), at('2026-03-01T08:00:00.000Z'));
      await store.revokeToken(token.jti, at('2026-03-01T09:59:00.000Z'));
      await store.revokeSubject(token.sub, at('2026-03-01T08:58:00.000Z'));
      expect(await store.isRevoked(token)).toBe(false);
      const stillAccepted = check(id('user'), at('2026-03-01T09:00:00.000Z'));
      // Expired at 09:59:30 but accepted until 10:00:30 with 60 s of skew: still worth listing.
      await store.revokeToken(stillAccepted.jti, at('2026-03-01T09:59:30.000Z'));
      expect(await store.isRevoked(stillAccepted)).toBe(true);
    });

    it('forgets a subject cut-off once every token it covers has expired (lifetime + skew)', async () => {
      const store = await factory.create({ accessTokenLifetimeSeconds: 0.15, clockToleranceSeconds: 0.05 });
      const user = id('user');
      const issued = new Date(Date.now() - 1000);
      await store.revokeSubject(user, new Date());
      expect(await store.isRevoked(check(user, issued))).toBe(true);
      await sleep(320);
      expect(await store.isRevoked(check(user, issued))).toBe(false);
    });

    it('forgets grant and jti entries after their expiry plus skew, and never shortens one', async () => {
      const store = await factory.create({ clockToleranceSeconds: 0.05 });
      const grant = id('grant');
      const token = check(id('user'), new Date(), { grantId: grant });
      const soon = new Date(Date.now() + 100);
      await store.revokeGrant(grant, soon);
      await store.revokeToken(token.jti, new Date(Date.now() + 5000));
      await store.revokeToken(token.jti, soon);
      await sleep(250);
      expect(await store.isRevoked({ ...token, jti: id('jti') })).toBe(false);
      expect(await store.isRevoked(token)).toBe(true);
    });

    it('rejects caller misuse with a TypeError naming the argument', async () => {
      const store = await frozen();
      await expect(store.revokeSubject('', new Date())).rejects.toThrow(/sub must be a non-empty string/);
      await expect(store.revokeGrant('g', new Date(Number.NaN))).rejects.toThrow(/until must be a valid Date/);
      await expect(store.revokeToken('j', 'tomorrow' as unknown as Date)).rejects.toThrow(TypeError);
      await expect(store.isRevoked({ sub: 'u', jti: '', iat: new Date() })).rejects.toThrow(/token\.jti/);
    });
  });
}
