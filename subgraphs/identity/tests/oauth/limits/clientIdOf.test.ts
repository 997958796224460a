import { describe, expect, it } from 'vitest';
import { clientIdOf } from '../../../src/oauth/limits/clientIdOf.js';

const basic = (id: string, secret = 's3cret') => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

describe('clientIdOf', () => {
  it('reads the user name of HTTP Basic, form-urlencoded as RFC 6749 §2.3.1 has it', () => {
    expect(clientIdOf(basic('service'), undefined)).toBe('service');
    expect(clientIdOf(basic('my client:1'), undefined)).toBe('my client:1');
    expect(clientIdOf(`basic ${Buffer.from('tv:').toString('base64')}`, undefined)).toBe('tv');
  });

  it('reads client_id from the body when there is no Basic header', () => {
    expect(clientIdOf(undefined, { client_id: 'web', grant_type: 'authorization_code' })).toBe('web');
    expect(clientIdOf('Bearer abc', { client_id: 'web' })).toBe('web');
  });

  it('prefers Basic over the body, as the provider authenticates with it', () => {
    expect(clientIdOf(basic('service'), { client_id: 'web' })).toBe('service');
  });

  it.each([
    ['no credentials', undefined, undefined],
    ['an empty client_id', undefined, { client_id: '' }],
    ['a repeated client_id', undefined, { client_id: ['web', 'tv'] }],
    ['Basic without a colon', `Basic ${Buffer.from('service').toString('base64')}`, undefined],
    ['Basic with an empty user name', `Basic ${Buffer.from(':secret').toString('base64')}`, undefined],
    ['Basic with a broken escape', `Basic ${Buffer.from('%E0%A4%A:x').toString('base64')}`, undefined],
  ])('is undefined for %s', (_case, authorization, form) => {
    expect(clientIdOf(authorization, form)).toBeUndefined();
  });
});
