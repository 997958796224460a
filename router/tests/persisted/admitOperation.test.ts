import { describe, expect, it } from 'vitest';
import type { PersistedOperation } from '@media-gateway/schema';
import { admitOperation, mayRunAdhoc } from '../../src/persisted/admitOperation.js';
import { persistedError } from '../../src/persisted/errors.js';
import { SAFELIST_MODES } from '../../src/persisted/SafelistMode.js';

const operation: PersistedOperation = { id: 'a'.repeat(64), name: 'Genres', type: 'query', body: '{ genres { genre } }' };
const anonymous = { kind: 'anonymous' as const };
const explorerKey = { kind: 'api_key' as const, scopes: ['read:content', 'explorer'] };
const plainKey = { kind: 'api_key' as const, scopes: ['read:content'] };
const userWithExplorer = { kind: 'user' as const, scopes: ['explorer'] };
const serviceWithExplorer = { kind: 'service' as const, scopes: ['explorer'] };

describe('mayRunAdhoc', () => {
  it('lets everyone in mode off, no one in persisted-only, and only API keys with explorer in developer mode', () => {
    const callers = [anonymous, explorerKey, plainKey, userWithExplorer, serviceWithExplorer];
    expect(callers.map((caller) => mayRunAdhoc('off', caller))).toEqual([true, true, true, true, true]);
    expect(callers.map((caller) => mayRunAdhoc('persisted-only', caller))).toEqual([false, false, false, false, false]);
    expect(callers.map((caller) => mayRunAdhoc('persisted-or-authenticated-developer', caller))).toEqual([false, true, false, false, false]);
  });
});

describe('admitOperation', () => {
  it('admits a trusted operation in every mode, for anyone', () => {
    for (const mode of SAFELIST_MODES) {
      expect(admitOperation({ kind: 'persisted', operation }, anonymous, mode)).toEqual({ kind: 'persisted', operation });
    }
  });

  it('refuses ad-hoc text with PERSISTED_QUERY_REQUIRED (403), saying how to get in', () => {
    const refused = admitOperation({ kind: 'adhoc', apq: 'none' }, plainKey, 'persisted-or-authenticated-developer');
    expect(refused.kind).toBe('refused');
    const { error } = refused as Extract<typeof refused, { kind: 'refused' }>;
    expect(error.extensions).toEqual({ code: 'PERSISTED_QUERY_REQUIRED', mode: 'persisted-or-authenticated-developer', http: { status: 403 } });
    expect(error.message).toMatch(/API key with the explorer scope/);
    expect(admitOperation({ kind: 'adhoc', apq: 'drop' }, explorerKey, 'persisted-or-authenticated-developer')).toEqual({ kind: 'adhoc' });
    expect(admitOperation({ kind: 'adhoc', apq: 'forward' }, anonymous, 'off')).toEqual({ kind: 'adhoc' });
  });

  it('passes a resolution error through as the refusal, whoever asks', () => {
    const error = persistedError('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound');
    expect(admitOperation({ kind: 'invalid', error }, explorerKey, 'off')).toEqual({ kind: 'refused', error });
  });
});
