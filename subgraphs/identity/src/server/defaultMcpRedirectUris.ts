/** The MCP bridge's loopback sign-in callback (RFC 8252 §7.3), when no other is configured. */
export const DEFAULT_MCP_REDIRECT_URIS: readonly string[] = ['http://127.0.0.1:33418/callback'];
