const SHA256_HEX = /^[0-9a-f]{64}$/i;
const PREFIX = 'sha256:';

/**
 * A persisted operation's id as a request names it: the SHA-256 hex digest of the body, bare (Apollo's
 * `extensions.persistedQuery.sha256Hash`) or, for `documentId`, also with the `sha256:` prefix of the GraphQL over
 * HTTP persisted-documents proposal. Answers the lower-case hex digest, or undefined when the value is not one.
 */
export function parseOperationId(value: unknown, options: { allowPrefix: boolean }): string | undefined {
  if (typeof value !== 'string') return undefined;
  const hex = options.allowPrefix && value.startsWith(PREFIX) ? value.slice(PREFIX.length) : value;
  return SHA256_HEX.test(hex) ? hex.toLowerCase() : undefined;
}
