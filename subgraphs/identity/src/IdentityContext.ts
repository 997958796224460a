import type { Identity } from '@media-gateway/auth';
import type { Logger } from '@media-gateway/runtime';
import type { AccountLinks } from './account/accountLinks.js';
import { createBatchLoader, type BatchLoader } from './lib/createBatchLoader.js';
import type { UserRecord } from './store/AccountStore.js';
import type { AttemptLimiter } from './store/AttemptLimiter.js';
import type { ParentalControlsRecord } from './store/HouseholdStore.js';
import type { IdentityStores } from './store/IdentityStores.js';
import type { PinVerifications } from './store/PinVerifications.js';

/** What every request shares: built once by `createIdentityService`. */
export interface IdentityDependencies {
  stores: IdentityStores;
  logger: Logger;
  /** 32-byte AES-256-GCM key for TOTP secrets (`encryptSecret`). */
  mfaKey: Buffer;
  attempts: AttemptLimiter;
  pins: PinVerifications;
  links: AccountLinks;
  /** Revokes every OAuth grant and token of a user; returns how many grants went. */
  revokeUserGrants(userId: string): Promise<number>;
  /**
   * The router's API-key cache, keyed by the key's SHA-256 hex (`apiKeyCacheKey` in `@media-gateway/auth`):
   * revoking a key, or suspending its owner, evicts it so the change takes effect at once (`evictApiKeys`). Absent
   * when the router caches nothing.
   */
  apiKeyCache?: { evict(keyHash: string): Promise<void> };
  now(): Date;
}

export interface IdentityContext extends IdentityDependencies {
  /** Who the router says is calling, verified from the signed `x-mg-identity` header. */
  identity: Identity;
  /** One clock reading per request, so every field agrees on "now" (PIN expiry, viewing hours). */
  at: Date;
  /** The caller's stored account, read once per request; null for anonymous and service callers. */
  callerAccount(): Promise<UserRecord | null>;
  loaders: {
    mfaEnabled: BatchLoader<string, boolean>;
    parentalControls: BatchLoader<string, ParentalControlsRecord | null>;
  };
}

export function createIdentityContext(deps: IdentityDependencies, identity: Identity): IdentityContext {
  const { stores } = deps;
  let caller: Promise<UserRecord | null> | undefined;
  return {
    ...deps,
    identity,
    at: deps.now(),
    callerAccount: () =>
      (caller ??= identity.kind === 'user' || identity.kind === 'api_key' ? stores.accounts.findById(identity.userId) : Promise.resolve(null)),
    loaders: {
      mfaEnabled: createBatchLoader(async (ids) => {
        const enabled = await stores.mfa.enabledAmong(ids);
        return new Map(ids.map((id) => [id, enabled.has(id)]));
      }, false),
      parentalControls: createBatchLoader<string, ParentalControlsRecord | null>((ids) => stores.household.controlsFor(ids), null),
    },
  };
}
