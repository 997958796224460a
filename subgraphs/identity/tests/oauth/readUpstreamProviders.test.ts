import { describe, expect, it } from 'vitest';
import { ConfigError } from '@media-gateway/runtime';
import { readUpstreamProviders } from '../../src/oauth/readUpstreamProviders.js';

const GOOGLE = {
  OIDC_GOOGLE_ISSUER: 'https://accounts.google.com',
  OIDC_GOOGLE_CLIENT_ID: 'google-client',
  OIDC_GOOGLE_CLIENT_SECRET: 'google-secret',
};
const GITHUB = {
  OIDC_GITHUB_ISSUER: 'https://github-oidc.example.com',
  OIDC_GITHUB_CLIENT_ID: 'github-client',
  OIDC_GITHUB_CLIENT_SECRET: 'github-secret',
};

function problemsOf(source: Record<string, string | undefined>): readonly string[] {
  try {
    readUpstreamProviders(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('readUpstreamProviders', () => {
  it('configures no provider when none of the variables is set (or they are blank)', () => {
    expect(readUpstreamProviders({})).toEqual([]);
    expect(readUpstreamProviders({ OIDC_GOOGLE_ISSUER: '  ', OIDC_GITHUB_CLIENT_ID: '' })).toEqual([]);
  });

  it('reads Google and GitHub, in that order, each from its three variables', () => {
    expect(readUpstreamProviders({ ...GITHUB, ...GOOGLE, UNRELATED: 'x' })).toEqual([
      { id: 'google', label: 'Google', issuer: 'https://accounts.google.com', clientId: 'google-client', clientSecret: 'google-secret' },
      { id: 'github', label: 'GitHub', issuer: 'https://github-oidc.example.com', clientId: 'github-client', clientSecret: 'github-secret' },
    ]);
  });

  it('accepts plain http only for an issuer on a loopback address', () => {
    const local = readUpstreamProviders({ ...GOOGLE, OIDC_GOOGLE_ISSUER: 'http://127.0.0.1:9000' });
    expect(local[0]?.issuer).toBe('http://127.0.0.1:9000');
    expect(problemsOf({ ...GOOGLE, OIDC_GOOGLE_ISSUER: 'http://accounts.example.com' })).toEqual([
      'OIDC_GOOGLE_ISSUER="http://accounts.example.com": must be https (http only on a loopback address)',
    ]);
  });

  it('refuses half a configuration, naming every missing variable of every provider at once', () => {
    expect(problemsOf({ OIDC_GOOGLE_ISSUER: GOOGLE.OIDC_GOOGLE_ISSUER, OIDC_GITHUB_CLIENT_SECRET: 'github-secret' })).toEqual([
      'OIDC_GOOGLE_CLIENT_ID is required when OIDC_GOOGLE_ISSUER is set (Google sign-in needs all three)',
      'OIDC_GOOGLE_CLIENT_SECRET is required when OIDC_GOOGLE_ISSUER is set (Google sign-in needs all three)',
      'OIDC_GITHUB_ISSUER is required when OIDC_GITHUB_CLIENT_SECRET is set (GitHub sign-in needs all three)',
      'OIDC_GITHUB_CLIENT_ID is required when OIDC_GITHUB_CLIENT_SECRET is set (GitHub sign-in needs all three)',
    ]);
  });

  it('refuses an issuer that is not a URL, without echoing a secret', () => {
    const problems = problemsOf({ ...GOOGLE, OIDC_GOOGLE_ISSUER: 'accounts.google.com' });
    expect(problems).toEqual(['OIDC_GOOGLE_ISSUER="accounts.google.com": expected a URL with protocol http or https']);
    expect(problems.join()).not.toContain('google-secret');
  });
});
