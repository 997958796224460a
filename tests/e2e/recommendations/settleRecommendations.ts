// What both recommendation e2e files wait on and switch: the consent, and the product settling into a state.
import type { TestProduct } from '../../support/startTestProduct.js';
import type { Device } from '../sync/household.js';

export async function consentToPersonalization(device: Device, granted: boolean): Promise<void> {
  await device.must(`mutation { updatePrivacyConsents(input: [{ purpose: PERSONALIZATION, granted: ${granted}, policyVersion: "2026-01" }]) { purpose } }`);
}

export async function unpublishedSyncEvents(product: TestProduct): Promise<number> {
  const rows = await product.sql<{ n: number }>('SELECT count(*)::int AS n FROM sync.outbox_event WHERE published_at IS NULL');
  return rows[0]!.n;
}

/**
 * Settles the product until `ready` holds (at most 20 s). `settle` waits for what reached the bus, but an outbox
 * relay may not have published a just-committed event yet (it polls every 200 ms), so one settle is not enough.
 */
export async function settleUntil(product: TestProduct, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await product.product.settle?.();
    if (await ready()) return;
    if (Date.now() > deadline) throw new Error('the product did not settle into the expected state within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
