import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptLimiter } from '../../src/store/AttemptLimiter.js';

const start = new Date('2026-03-01T12:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

/**
 * The behaviour every `AttemptLimiter` adapter must have (`MfaAttemptPolicy`: 5 failures a minute, counted before
 * the secret is checked, forgotten on success). Each adapter's test file runs it against a real instance; keys
 * are random per test so runs sharing a Redis never meet.
 */
export function attemptLimiterContract(
  name: string,
  factory: { create(): Promise<AttemptLimiter>; dispose?(): Promise<void> },
  options: { skip?: string } = {},
): void {
  describe.skipIf(Boolean(options.skip))(`AttemptLimiter contract: ${name}`, () => {
    let limiter: AttemptLimiter;
    const key = () => `mfa:${randomUUID()}`;
    beforeAll(async () => {
      limiter = await factory.create();
    });
    afterAll(async () => factory.dispose?.());

    it('allows 5 attempts a minute and refuses the sixth, saying when to retry', async () => {
      const user = key();
      for (const second of [0, 10, 20, 30, 40]) expect(await limiter.begin(user, at(second))).toEqual({ allowed: true });
      expect(await limiter.begin(user, at(50))).toEqual({ allowed: false, retryAfterSeconds: 10 });
      // A refused attempt is not counted: once the 10:00:00 failure leaves the window there is room for one.
      expect(await limiter.begin(user, at(60))).toEqual({ allowed: true });
      expect(await limiter.begin(user, at(61))).toEqual({ allowed: false, retryAfterSeconds: 9 });
    });

    it('forgets every failure, the provisional one included, on reset', async () => {
      const user = key();
      for (const second of [0, 1, 2, 3, 4]) await limiter.begin(user, at(second));
      await limiter.reset(user);
      for (const second of [5, 6, 7, 8, 9]) expect((await limiter.begin(user, at(second))).allowed).toBe(true);
    });

    it('counts each key on its own', async () => {
      const [mfa, pin] = [key(), `pin:${randomUUID()}`];
      for (let i = 0; i < 5; i += 1) await limiter.begin(mfa, at(i));
      expect((await limiter.begin(mfa, at(5))).allowed).toBe(false);
      expect(await limiter.begin(pin, at(5))).toEqual({ allowed: true });
    });

    it('drops failures once they leave the one-minute window', async () => {
      const user = key();
      for (let i = 0; i < 5; i += 1) await limiter.begin(user, at(i));
      for (let i = 0; i < 5; i += 1) expect((await limiter.begin(user, at(70 + i))).allowed).toBe(true);
      expect((await limiter.begin(user, at(75))).allowed).toBe(false);
    });

    it('lets exactly 5 of a parallel burst of 20 guesses through', async () => {
      const user = key();
      const decisions = await Promise.all(Array.from({ length: 20 }, () => limiter.begin(user, at(0))));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
      expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterSeconds === 60)).toBe(true);
    });
  });
}
