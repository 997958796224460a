import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@media-gateway/runtime';
import { readIdentityConfig } from '../../src/config.js';

// `src/config.ts` is the standalone server's configuration; its test lives beside the server's.
const MFA_KEY = randomBytes(32).toString('base64url');
const REQUIRED = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/identity',
  IDENTITY_ASSERTION_SECRET: 'a-shared-router-subgraph-secret-of-32+-chars',
  OAUTH_COOKIE_KEYS: 'cookie-key-one-0123456789abcdef0123456789, cookie-key-two-0123456789abcdef0123456789',
  MFA_ENCRYPTION_KEY: MFA_KEY,
  OAUTH_SERVICE_CLIENT_SECRET: 'service-client-secret-0123456789abcdef',
};

function problems(source: Record<string, string>): readonly string[] {
  try {
    readIdentityConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readIdentityConfig', () => {
  it('reads the required secrets and fills the defaults', () => {
    const config = readIdentityConfig(REQUIRED);
    expect(config).toMatchObject({
      port: 4002,
      host: '0.0.0.0',
      logLevel: 'info',
      publicUrl: 'http://localhost:4002',
      cookieKeys: ['cookie-key-one-0123456789abcdef0123456789', 'cookie-key-two-0123456789abcdef0123456789'],
      webRedirectUris: ['http://localhost:4002/auth/callback'],
      mcpRedirectUris: ['http://127.0.0.1:33418/callback'],
      trustProxy: false,
      smtp: undefined,
    });
    expect(config.mfaKey.equals(Buffer.from(MFA_KEY, 'base64url'))).toBe(true);
  });

  it('takes the public URL, port, redirect URIs and SMTP settings from the environment', () => {
    const config = readIdentityConfig({
      ...REQUIRED,
      IDENTITY_PORT: '4102',
      PUBLIC_URL: 'https://id.example.test/',
      OAUTH_WEB_REDIRECT_URIS: 'https://app.example.test/cb,https://beta.example.test/cb',
      OAUTH_MCP_REDIRECT_URIS: 'http://127.0.0.1:5000/cb',
      SMTP_URL: 'smtps://user:pass@smtp.example.test:465',
      MAIL_FROM: 'Media Gateway <no-reply@example.test>',
      TRUST_PROXY: 'true',
    });
    expect(config).toMatchObject({
      port: 4102,
      trustProxy: true,
      publicUrl: 'https://id.example.test',
      webRedirectUris: ['https://app.example.test/cb', 'https://beta.example.test/cb'],
      mcpRedirectUris: ['http://127.0.0.1:5000/cb'],
      smtp: { url: 'smtps://user:pass@smtp.example.test:465', from: 'Media Gateway <no-reply@example.test>' },
    });
  });

  it('reads the Kafka brokers the event relay publishes to, and names a malformed list', () => {
    expect(readIdentityConfig(REQUIRED).kafkaBrokers).toBeUndefined();
    expect(readIdentityConfig({ ...REQUIRED, KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092' }).kafkaBrokers).toEqual(['kafka-0:9092', 'kafka-1:9092']);
    expect(problems({ ...REQUIRED, KAFKA_BROKERS: 'kafka-0' })).toEqual(['KAFKA_BROKERS="kafka-0": expected a comma-separated list of host:port']);
  });

  it('names every missing secret at once', () => {
    expect(problems({})).toEqual([
      'DATABASE_URL is required but not set',
      'IDENTITY_ASSERTION_SECRET is required but not set',
      'OAUTH_COOKIE_KEYS is required but not set',
      'MFA_ENCRYPTION_KEY is required but not set',
      'OAUTH_SERVICE_CLIENT_SECRET is required but not set',
    ]);
  });

  it('refuses weak or malformed secrets without echoing them', () => {
    const found = problems({
      ...REQUIRED,
      IDENTITY_ASSERTION_SECRET: 'short-secret',
      OAUTH_COOKIE_KEYS: 'cookie-key-one-0123456789abcdef0123456789,too-short',
      MFA_ENCRYPTION_KEY: randomBytes(16).toString('base64url'),
      OAUTH_SERVICE_CLIENT_SECRET: 'tiny',
    });
    expect(found).toEqual([
      'IDENTITY_ASSERTION_SECRET: must be at least 32 characters',
      'OAUTH_COOKIE_KEYS: must be a comma-separated list of keys of at least 32 characters each',
      'MFA_ENCRYPTION_KEY: must be 32 bytes in base64url (43 characters)',
      'OAUTH_SERVICE_CLIENT_SECRET: must be at least 32 characters',
    ]);
    expect(found.join('\n')).not.toMatch(/short-secret|too-short|tiny/);
  });

  it('needs a sender with SMTP, and never echoes an SMTP URL (it may hold a password)', () => {
    expect(problems({ ...REQUIRED, SMTP_URL: 'smtp://mail.example.test' })).toEqual(['MAIL_FROM is required when SMTP_URL is set']);
    const bad = problems({ ...REQUIRED, SMTP_URL: 'https://user:hunter2@mail.example.test', MAIL_FROM: 'a@example.test' });
    expect(bad).toEqual(['SMTP_URL: expected a URL with protocol smtp or smtps']);
  });
});
