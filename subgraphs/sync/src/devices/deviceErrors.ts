import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes the devices API answers with (PRODUCT_SPEC §8). Resolvers throw through
 * `deviceError` so `extensions.code` is always one of these. The command codes are the ones `CommandError` of
 * `@media-gateway/realtime` carries, passed on one to one.
 */
export const DEVICE_ERRORS = {
  BAD_USER_INPUT: { description: 'An argument is malformed or out of range; `extensions.problems` lists each one.', addedIn: '0.1.0' },
  UNAUTHENTICATED: { description: 'The field needs a signed-in caller.', addedIn: '0.1.0' },
  FORBIDDEN: { description: 'The caller is a service, not a user: only users (and their API keys) own devices.', addedIn: '0.1.0' },
  NOT_FOUND: { description: "No such device or command, or it is another user's.", addedIn: '0.1.0' },
  CONFLICT: { description: 'An acknowledgement after the command expired, or one that would move its status backwards.', addedIn: '0.1.0' },
  DEVICE_LIMIT_REACHED: {
    description: "The caller's role allows no more devices (HTTP 429 semantics); `extensions.limit` says how many.",
    addedIn: '0.1.0',
  },
  DEVICE_OFFLINE: { description: 'The target device sent no heartbeat in the last 60 s.', addedIn: '0.1.0' },
  DEVICE_NOT_CONTROLLABLE: { description: 'The target is not remote-controllable (LOAD/CAST: cannot receive a cast).', addedIn: '0.1.0' },
  NOTHING_PLAYING: { description: 'A transport command (PLAY, PAUSE, STOP, SEEK) to a device that plays nothing.', addedIn: '0.1.0' },
} as const satisfies Record<string, { description: string; addedIn: string }>;

export type DeviceErrorCode = keyof typeof DEVICE_ERRORS;

export function deviceError(code: DeviceErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  // `code` last, so a caller's extensions can never overwrite it.
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** One BAD_USER_INPUT error that carries every problem found in the input, not just the first. */
export function badUserInput(problems: readonly string[]): GraphQLError {
  return deviceError('BAD_USER_INPUT', problems.join('; '), { problems: [...problems] });
}

/** Unknown and foreign devices answer alike, so ids of other users' devices cannot be probed. */
export function deviceNotFound(): GraphQLError {
  return deviceError('NOT_FOUND', 'no such device');
}
