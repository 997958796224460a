import type { Interaction } from 'oidc-provider';
import type { FirstFactor } from './AccountDirectory.js';

/**
 * A sign-in step that has begun but not finished, kept on the oidc-provider interaction it belongs to:
 * - `second_factor`: the first factor (password or upstream provider) passed for `accountId`, whose account has MFA
 *   on; only a valid code finishes the login.
 * - `upstream`: the browser went to an upstream provider; what the callback must check (state, nonce) and prove
 *   (the PKCE verifier).
 */
export type PendingStep =
  | { kind: 'second_factor'; accountId: string; firstFactor: FirstFactor }
  | { kind: 'upstream'; provider: string; state: string; nonce: string; codeVerifier: string };

// Under its own key in `interaction.result`: oidc-provider only acts on `login`, `consent` and `error` there.
const KEY = 'mediaGatewayPending';

/**
 * Reads and writes the `PendingStep` of an interaction. It lives in `interaction.result`, stored server-side with
 * the interaction (`Interaction.persist()` keeps its expiry), so it expires with the interaction and belongs to
 * that interaction alone: nothing the browser sends can set it, and another interaction never sees it.
 *
 * Nothing here finishes a sign-in. `result` has no `login` while a step is pending, so a browser that skips to the
 * resume endpoint has the interaction destroyed and is asked to sign in again; finishing (`interactionResult`)
 * replaces `result` and with it the pending step.
 */
export const pendingStep = Object.freeze({
  read(interaction: Interaction): PendingStep | undefined {
    const value = interaction.result?.[KEY] as Partial<Record<string, unknown>> | undefined;
    if (value?.kind === 'second_factor' && typeof value.accountId === 'string' && isFirstFactor(value.firstFactor)) {
      return { kind: 'second_factor', accountId: value.accountId, firstFactor: value.firstFactor };
    }
    if (
      value?.kind === 'upstream' &&
      typeof value.provider === 'string' &&
      typeof value.state === 'string' &&
      typeof value.nonce === 'string' &&
      typeof value.codeVerifier === 'string'
    ) {
      return { kind: 'upstream', provider: value.provider, state: value.state, nonce: value.nonce, codeVerifier: value.codeVerifier };
    }
    return undefined;
  },

  async save(interaction: Interaction, step: PendingStep): Promise<void> {
    interaction.result = { [KEY]: step };
    await interaction.persist();
  },

  async clear(interaction: Interaction): Promise<void> {
    interaction.result = undefined;
    await interaction.persist();
  },
});

function isFirstFactor(value: unknown): value is FirstFactor {
  const factor = value as Partial<Record<string, unknown>> | undefined;
  return factor?.method === 'password' || (factor?.method === 'upstream' && typeof factor.provider === 'string');
}
