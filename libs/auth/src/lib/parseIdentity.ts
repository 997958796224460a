import type { Identity } from '../identity/Identity.js';
import { isRole, type Role } from '../scopes/Role.js';

/**
 * Reads an `Identity` out of untrusted JSON (a verified assertion's claim, or a caller's argument), keeping only the
 * known fields. Returns a reason instead of throwing so the signer can raise a `TypeError` and the verifier a typed
 * error from the same checks.
 */
export function parseIdentity(value: unknown): { identity: Identity; problem?: undefined } | { identity?: undefined; problem: string } {
  if (!isRecord(value)) return { problem: 'identity must be an object' };
  switch (value.kind) {
    case 'anonymous':
      return { identity: { kind: 'anonymous' } };
    case 'user': {
      const problem =
        nonEmpty(value, 'userId') ?? role(value) ?? scopes(value) ?? optionalNonEmpty(value, 'profileId') ?? optionalNonEmpty(value, 'tokenId');
      if (problem) return { problem };
      const identity: Identity = { kind: 'user', userId: value.userId as string, role: value.role as Role, scopes: [...(value.scopes as string[])] };
      if (value.profileId !== undefined) identity.profileId = value.profileId as string;
      if (value.tokenId !== undefined) identity.tokenId = value.tokenId as string;
      return { identity };
    }
    case 'api_key': {
      const problem = nonEmpty(value, 'userId') ?? nonEmpty(value, 'apiKeyId') ?? role(value) ?? scopes(value);
      if (problem) return { problem };
      return {
        identity: {
          kind: 'api_key',
          userId: value.userId as string,
          apiKeyId: value.apiKeyId as string,
          role: value.role as Role,
          scopes: [...(value.scopes as string[])],
        },
      };
    }
    case 'service': {
      const problem = nonEmpty(value, 'clientId') ?? scopes(value);
      if (problem) return { problem };
      return { identity: { kind: 'service', clientId: value.clientId as string, scopes: [...(value.scopes as string[])] } };
    }
    default:
      return { problem: `identity.kind must be one of anonymous, user, api_key, service, got ${JSON.stringify(value.kind)}` };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: Record<string, unknown>, key: string): string | undefined {
  const field = value[key];
  return typeof field === 'string' && field.length > 0 ? undefined : `identity.${key} must be a non-empty string`;
}

function optionalNonEmpty(value: Record<string, unknown>, key: string): string | undefined {
  return value[key] === undefined ? undefined : nonEmpty(value, key);
}

function role(value: Record<string, unknown>): string | undefined {
  return isRole(value.role) ? undefined : `identity.role must be a known role, got ${JSON.stringify(value.role)}`;
}

function scopes(value: Record<string, unknown>): string | undefined {
  const field = value.scopes;
  return Array.isArray(field) && field.every((s) => typeof s === 'string' && s.length > 0)
    ? undefined
    : 'identity.scopes must be an array of non-empty strings';
}
