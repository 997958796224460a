import { describe, expect, it } from 'vitest';
import { validateUpstreamProviders, type UpstreamProviderConfig } from '../../src/oauth/UpstreamProviderConfig.js';

const google: UpstreamProviderConfig = { id: 'google', label: 'Google', issuer: 'https://accounts.google.com', clientId: 'id', clientSecret: 'secret' };

describe('validateUpstreamProviders', () => {
  it('accepts https issuers, and http ones on loopback addresses', () => {
    expect(() =>
      validateUpstreamProviders([
        google,
        { ...google, id: 'local-1', issuer: 'http://127.0.0.1:8080/op' },
        { ...google, id: 'local-2', issuer: 'http://localhost:8080' },
        { ...google, id: 'local-3', issuer: 'http://[::1]:8080' },
      ]),
    ).not.toThrow();
  });

  it.each([
    [{ ...google, issuer: 'http://accounts.example.com' }, 'upstreams["google"].issuer must be https (http only on a loopback address), got "http://accounts.example.com"'],
    [{ ...google, issuer: 'https://accounts.example.com/?tenant=1' }, 'upstreams["google"].issuer must be an absolute URL without query or fragment'],
    [{ ...google, issuer: 'accounts.google.com' }, 'upstreams["google"].issuer must be an absolute URL without query or fragment'],
    [{ ...google, id: 'Google' }, 'upstreams["Google"].id must be 1 to 32 lower-case letters, digits or dashes'],
    [{ ...google, id: 'google/evil' }, 'upstreams["google/evil"].id must be'],
    [{ ...google, label: ' ' }, 'upstreams["google"].label must not be empty'],
    [{ ...google, clientId: '' }, 'upstreams["google"].clientId must not be empty'],
    [{ ...google, clientSecret: '' }, 'upstreams["google"].clientSecret must not be empty'],
  ])('rejects %j, naming the option', (provider, message) => {
    expect(() => validateUpstreamProviders([provider])).toThrow(new RegExp(`^createOidcProvider: ${escape(message)}`));
  });

  it('rejects a provider configured twice', () => {
    expect(() => validateUpstreamProviders([google, google])).toThrow('createOidcProvider: upstreams["google"] is configured twice');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
