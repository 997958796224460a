import { describe, expect, it } from 'vitest';
import { MCP_ERRORS, graphqlErrorToToolError } from '@media-gateway/mcp';

describe('graphqlErrorToToolError', () => {
  it.each([
    ['UNAUTHENTICATED', 'UNAUTHENTICATED', -32003],
    ['FORBIDDEN', 'FORBIDDEN', -32003],
    ['NOT_FOUND', 'NOT_FOUND', -33001],
    ['DEVICE_OFFLINE', 'DEVICE_OFFLINE', -33002],
    ['DEVICE_NOT_CONTROLLABLE', 'PLAYBACK_FAILED', -33003],
    ['NOTHING_PLAYING', 'PLAYBACK_FAILED', -33003],
    ['NOT_AVAILABLE', 'PLATFORM_UNAVAILABLE', -33004],
    ['BAD_USER_INPUT', 'INVALID_ARGUMENTS', -32602],
    ['QUERY_TOO_COMPLEX', 'INVALID_ARGUMENTS', -32602],
  ])('maps %s to %s (%i) and keeps the message written for the caller', (graphqlCode, code, mcpCode) => {
    const error = graphqlErrorToToolError({ message: 'Title 42 was not found', extensions: { code: graphqlCode } });
    expect(error).toMatchObject({ code, mcp_code: mcpCode, message: 'Title 42 was not found', retryable: MCP_ERRORS[code as keyof typeof MCP_ERRORS].retryable });
  });

  it('gives RATE_LIMITED its retry_after, from the extension first, then the Retry-After header', () => {
    expect(graphqlErrorToToolError({ message: 'Rate limit exceeded; retry in 7 s.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } }, 30)).toEqual({
      code: 'RATE_LIMITED',
      mcp_code: -32004,
      message: 'Rate limit exceeded; retry in 7 s.',
      retryable: true,
      retry_after: 7,
      suggestion: 'Wait retry_after seconds before calling again.',
    });
    expect(graphqlErrorToToolError({ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }, 30).retry_after).toBe(30);
  });

  it('replaces the message of server faults and router refusals with the registry description', () => {
    const internal = graphqlErrorToToolError({ message: 'select * from identity.user failed at db.internal:5432', extensions: { code: 'INTERNAL_SERVER_ERROR', exception: { stacktrace: ['at x'] } } });
    expect(internal).toEqual({ code: 'INTERNAL', mcp_code: -32603, message: MCP_ERRORS.INTERNAL.description, retryable: false });
    expect(graphqlErrorToToolError({ message: 'Subgraph catalog at http://catalog:4001 failed', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } })).toEqual({
      code: 'UNAVAILABLE',
      mcp_code: -32603,
      message: MCP_ERRORS.UNAVAILABLE.description,
      retryable: true,
    });
    expect(graphqlErrorToToolError({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })).toMatchObject({ code: 'OUT_OF_DATE', retryable: false });
    // No code at all: a server fault.
    expect(graphqlErrorToToolError({ message: 'boom' })).toMatchObject({ code: 'INTERNAL', message: MCP_ERRORS.INTERNAL.description });
  });

  it('keeps a domain code §11 has no number for, without inventing one', () => {
    expect(graphqlErrorToToolError({ message: 'The title is already on the watchlist', extensions: { code: 'CONFLICT' } })).toEqual({
      code: 'CONFLICT',
      message: 'The title is already on the watchlist',
      retryable: false,
    });
    expect(graphqlErrorToToolError({ message: 'raw detail at http://internal', extensions: { code: 'SOMETHING_NEW' } })).toEqual({
      code: 'SOMETHING_NEW',
      message: 'The service refused the request.',
      retryable: false,
    });
  });

  it('never lets a stack trace or an address through, even in a caller-facing message', () => {
    const error = graphqlErrorToToolError({ message: 'Device d1 is offline (see http://sync.internal:4004/devices)\n    at DeviceService.command', extensions: { code: 'DEVICE_OFFLINE' } });
    expect(error.message).toBe('Device d1 is offline (see [address]');
  });
});
