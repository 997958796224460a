import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PinVerifications } from '../../src/store/PinVerifications.js';

/**
 * The behaviour every `PinVerifications` adapter must have. Whether a verification still counts is
 * `pinStillVerified`'s decision, from the time stored here, so the contract is about storing that time faithfully.
 */
export function pinVerificationsContract(
  name: string,
  factory: { create(): Promise<PinVerifications>; dispose?(): Promise<void> },
  options: { skip?: string } = {},
): void {
  describe.skipIf(Boolean(options.skip))(`PinVerifications contract: ${name}`, () => {
    let pins: PinVerifications;
    const profile = () => randomUUID();
    beforeAll(async () => {
      pins = await factory.create();
    });
    afterAll(async () => factory.dispose?.());

    it('has nothing for a profile whose PIN was never entered', async () => {
      expect(await pins.verifiedAt(profile())).toBeNull();
    });

    it('returns the verification time to the millisecond, the latest one winning', async () => {
      const id = profile();
      await pins.record(id, new Date('2026-03-01T12:00:00.123Z'));
      expect(await pins.verifiedAt(id)).toEqual(new Date('2026-03-01T12:00:00.123Z'));
      await pins.record(id, new Date('2026-03-01T12:03:00.456Z'));
      expect(await pins.verifiedAt(id)).toEqual(new Date('2026-03-01T12:03:00.456Z'));
    });

    it('forgets a verification, and keeps profiles apart', async () => {
      const [kids, teen] = [profile(), profile()];
      await pins.record(kids, new Date('2026-03-01T12:00:00Z'));
      await pins.record(teen, new Date('2026-03-01T12:01:00Z'));
      await pins.forget(kids);
      expect(await pins.verifiedAt(kids)).toBeNull();
      expect(await pins.verifiedAt(teen)).toEqual(new Date('2026-03-01T12:01:00Z'));
    });
  });
}
