import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classifyOAuthRequest, type OAuthRequestFacts } from '../../../src/oauth/limits/classifyOAuthRequest.js';

const KNOWN = new Set(['web', 'tv', 'service', 'a|b']);
const facts = (overrides: Partial<OAuthRequestFacts>): OAuthRequestFacts => ({
  endpoint: 'token',
  ip: '203.0.113.7',
  authorization: undefined,
  form: undefined,
  isKnownClient: (id) => KNOWN.has(id),
  ...overrides,
});
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

describe('classifyOAuthRequest', () => {
  it('keys token requests by client and IP', () => {
    const web = classifyOAuthRequest(facts({ form: { grant_type: 'authorization_code', client_id: 'web', code: 'x' } }));
    const service = classifyOAuthRequest(facts({ authorization: `Basic ${Buffer.from('service:secret').toString('base64')}`, form: { grant_type: 'client_credentials' } }));
    const otherIp = classifyOAuthRequest(facts({ ip: '2001:db8::1', form: { grant_type: 'refresh_token', client_id: 'web' } }));

    expect(web).toEqual({ bucket: 'token', subject: 'client:web|ip:203.0.113.7' });
    expect(service).toEqual({ bucket: 'token', subject: 'client:service|ip:203.0.113.7' });
    expect(otherIp).toEqual({ bucket: 'token', subject: 'client:web|ip:2001%3Adb8%3A%3A1' });
  });

  it('folds unknown, missing and unreadable client ids into one key per IP, so inventing ids buys nothing', () => {
    const subjects = [
      classifyOAuthRequest(facts({ form: { grant_type: 'refresh_token', client_id: 'made-up-1' } })),
      classifyOAuthRequest(facts({ form: { grant_type: 'refresh_token', client_id: 'made-up-2' } })),
      classifyOAuthRequest(facts({ form: { grant_type: 'refresh_token' } })),
      // The body could not be read ahead (chunked, too large): still counted, per IP.
      classifyOAuthRequest(facts({ form: undefined })),
    ];
    expect(new Set(subjects.map((s) => s.subject))).toEqual(new Set(['client:-|ip:203.0.113.7']));
  });

  it('encodes the client id so that one cannot pose as another key', () => {
    expect(classifyOAuthRequest(facts({ form: { client_id: 'a|b' } })).subject).toBe('client:a%7Cb|ip:203.0.113.7');
  });

  it('keys device-code polls by a hash of the device code, whatever the client or IP', () => {
    const deviceCode = 'd'.repeat(64);
    const hashed = `code:${createHash('sha256').update(deviceCode).digest('base64url')}`;
    const poll = (ip: string) => classifyOAuthRequest(facts({ ip, form: { grant_type: DEVICE_GRANT, device_code: deviceCode, client_id: 'tv' } }));

    expect(poll('203.0.113.7')).toEqual({ bucket: 'devicePoll', subject: hashed });
    expect(poll('198.51.100.1')).toEqual({ bucket: 'devicePoll', subject: hashed });
    expect(poll('203.0.113.7').subject).not.toContain(deviceCode);
  });

  it('treats a device-code grant without a single device_code as an ordinary token request', () => {
    expect(classifyOAuthRequest(facts({ form: { grant_type: DEVICE_GRANT, client_id: 'tv' } }))).toEqual({ bucket: 'token', subject: 'client:tv|ip:203.0.113.7' });
    expect(classifyOAuthRequest(facts({ form: { grant_type: DEVICE_GRANT, client_id: 'tv', device_code: ['a', 'b'] } })).bucket).toBe('token');
  });

  it('keys device authorization requests and user-code submissions by IP', () => {
    expect(classifyOAuthRequest(facts({ endpoint: 'deviceAuthorization', form: { client_id: 'tv' } }))).toEqual({ bucket: 'deviceAuthorization', subject: 'ip:203.0.113.7' });
    expect(classifyOAuthRequest(facts({ endpoint: 'codeVerification', form: { user_code: 'BCDF-GHJK' } }))).toEqual({ bucket: 'userCode', subject: 'ip:203.0.113.7' });
  });
});
