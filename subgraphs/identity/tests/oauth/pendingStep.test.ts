import type { Interaction } from 'oidc-provider';
import { describe, expect, it } from 'vitest';
import { pendingStep, type PendingStep } from '../../src/oauth/pendingStep.js';

/** Just enough of an oidc-provider Interaction: its `result` and a `persist` that records the calls. */
function interaction(result?: Record<string, unknown>) {
  const saved: unknown[] = [];
  const fake = {
    result,
    async persist() {
      saved.push(structuredClone(fake.result));
      return 'uid';
    },
  };
  return { value: fake as unknown as Interaction, saved };
}

describe('pendingStep', () => {
  it('saves a step into the interaction result and reads it back', async () => {
    const steps: PendingStep[] = [
      { kind: 'second_factor', accountId: 'u-1', firstFactor: { method: 'password' } },
      { kind: 'second_factor', accountId: 'u-1', firstFactor: { method: 'upstream', provider: 'google' } },
      { kind: 'upstream', provider: 'google', state: 's', nonce: 'n', codeVerifier: 'v' },
    ];
    for (const step of steps) {
      const { value, saved } = interaction({ login: { accountId: 'someone-else' } });
      await pendingStep.save(value, step);
      expect(pendingStep.read(value)).toEqual(step);
      // Saving replaces the whole result: a stale `login` never survives next to a pending step.
      expect(saved).toEqual([{ mediaGatewayPending: step }]);
    }
  });

  it('clears the step', async () => {
    const { value, saved } = interaction({ mediaGatewayPending: { kind: 'upstream', provider: 'google', state: 's', nonce: 'n', codeVerifier: 'v' } });
    await pendingStep.clear(value);
    expect(pendingStep.read(value)).toBeUndefined();
    expect(saved).toEqual([undefined]);
  });

  it.each([
    ['no result', undefined],
    ['a finished login', { login: { accountId: 'u-1' } }],
    ['an unknown kind', { mediaGatewayPending: { kind: 'skip', accountId: 'u-1' } }],
    ['a second factor without an account', { mediaGatewayPending: { kind: 'second_factor', firstFactor: { method: 'password' } } }],
    ['a second factor with an unknown first factor', { mediaGatewayPending: { kind: 'second_factor', accountId: 'u-1', firstFactor: { method: 'magic' } } }],
    ['an upstream step without its verifier', { mediaGatewayPending: { kind: 'upstream', provider: 'google', state: 's', nonce: 'n' } }],
  ])('reads nothing from %s', (_case, result) => {
    expect(pendingStep.read(interaction(result).value)).toBeUndefined();
  });
});
