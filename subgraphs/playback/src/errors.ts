import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes the playback subgraph answers with. Resolvers throw through `playbackError` so
 * `extensions.code` is always one of these.
 */
export const PLAYBACK_ERRORS = {
  BAD_USER_INPUT: { description: 'An argument is malformed or out of range; `extensions.problems` lists each one.', addedIn: '0.1.0' },
  UNAUTHENTICATED: { description: 'The field needs a signed-in caller, or the forwarded identity did not verify.', addedIn: '0.1.0' },
  FORBIDDEN: { description: 'The caller acts for no user (a service client).', addedIn: '0.1.0' },
  NOT_FOUND: { description: 'No such session, title or device for this caller (another user\'s counts as none).', addedIn: '0.1.0' },
  CONFLICT: { description: 'The session already ended, or changed while this request was being applied.', addedIn: '0.1.0' },
  DEVICE_OFFLINE: { description: 'The device has no live presence for this user (§8: no heartbeat for 60 s).', addedIn: '0.1.0' },
  DEVICE_NOT_CONTROLLABLE: { description: 'A handoff target that cannot receive a LOAD (not remote-controllable or cannot receive a cast).', addedIn: '0.1.0' },
  NOT_AVAILABLE: {
    description: 'No usable offer plays the title in the region: the named platform does not carry it there, or none of the viewer\'s subscriptions (nor a free offer) does.',
    addedIn: '0.1.0',
  },
} as const;

export type PlaybackErrorCode = keyof typeof PLAYBACK_ERRORS;

export function playbackError(code: PlaybackErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** One BAD_USER_INPUT error that carries every problem found in the input, not just the first. */
export function badUserInput(problems: readonly string[]): GraphQLError {
  return playbackError('BAD_USER_INPUT', problems.join('; '), { problems });
}
