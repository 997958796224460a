import { SCOPES } from '@media-gateway/auth';

/** RFC 9728 protected resource metadata for the bridge's `/mcp` endpoint. */
export interface ProtectedResourceMetadata {
  resource: string;
  authorization_servers: string[];
  bearer_methods_supported: string[];
  scopes_supported: string[];
  resource_name: string;
  resource_documentation?: string;
}

/**
 * The scopes an agent may ask for: the user scopes of `@media-gateway/auth` (admin scopes and the API-key-only
 * `explorer` are not for agents; the `mcp` OAuth client cannot get them anyway).
 */
export const AGENT_SCOPES: readonly string[] = SCOPES.filter((scope) => !scope.startsWith('admin:') && scope !== 'explorer');

/**
 * What MCP clients read to learn where to sign in (MCP authorization: the resource server publishes RFC 9728
 * metadata naming its authorization server, here the product's identity issuer).
 */
export function protectedResourceMetadata(resource: string, issuer: string): ProtectedResourceMetadata {
  return {
    resource,
    authorization_servers: [issuer],
    bearer_methods_supported: ['header'],
    scopes_supported: ['openid', ...AGENT_SCOPES],
    resource_name: 'Media Gateway MCP',
  };
}

/** RFC 9728 §3.1: the metadata of `https://host/mcp` is at `https://host/.well-known/oauth-protected-resource/mcp`. */
export function protectedResourceMetadataUrl(resource: string): string {
  const url = new URL(resource);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '');
  return new URL(`/.well-known/oauth-protected-resource${path}`, url).toString();
}
