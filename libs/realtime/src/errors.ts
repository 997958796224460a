/**
 * The closed set of error codes of `@media-gateway/realtime`. Caller misuse (a bad option, a non-positive ttl) is a
 * `TypeError` naming the option instead; these are conditions a correct caller still meets at run time. The command
 * codes are the GraphQL `extensions.code` values the devices API answers with, so a resolver maps a `CommandError`
 * one to one.
 */
export const REALTIME_ERRORS = {
  BAD_USER_INPUT: { description: 'A command is malformed; `problems` lists every problem.', addedIn: '0.1.0' },
  NOT_FOUND: { description: 'No such command for this user, or the acknowledging device is not its target.', addedIn: '0.1.0' },
  CONFLICT: {
    description: 'An acknowledgement after the command expired, or one that would move its status backwards.',
    addedIn: '0.1.0',
  },
  DEVICE_OFFLINE: { description: 'The target device has no live presence entry for this user.', addedIn: '0.1.0' },
  DEVICE_NOT_CONTROLLABLE: {
    description: 'The target is not remote-controllable (or, for LOAD/CAST, cannot receive a cast).',
    addedIn: '0.1.0',
  },
  NOTHING_PLAYING: { description: 'PLAY/PAUSE/STOP/SEEK sent to a device that is neither WATCHING nor PAUSED.', addedIn: '0.1.0' },
  SLOW_CONSUMER: {
    description: 'A subscription iterator had more than `maxBuffered` messages waiting; it was dropped and unsubscribed.',
    addedIn: '0.1.0',
  },
  CLOSED: { description: 'The PubSub, presence store or RemoteCommands was used after close().', addedIn: '0.1.0' },
} as const;

export type RealtimeErrorCode = keyof typeof REALTIME_ERRORS;

export type CommandErrorCode = Extract<
  RealtimeErrorCode,
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'DEVICE_OFFLINE' | 'DEVICE_NOT_CONTROLLABLE' | 'NOTHING_PLAYING'
>;

/** A remote command refused (§8). `problems` is set (non-empty) for BAD_USER_INPUT only. */
export class CommandError extends Error {
  readonly problems: string[];

  constructor(
    readonly code: CommandErrorCode,
    message: string,
    problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CommandError';
    this.problems = [...problems];
  }

  static badUserInput(problems: readonly string[]): CommandError {
    return new CommandError('BAD_USER_INPUT', problems.join('; '), problems);
  }
}

/** A subscription or store failure that is not about a command: SLOW_CONSUMER, CLOSED. */
export class RealtimeError extends Error {
  constructor(
    readonly code: Exclude<RealtimeErrorCode, CommandErrorCode>,
    message: string,
  ) {
    super(message);
    this.name = 'RealtimeError';
  }
}

export type AnyRealtimeError = CommandError | RealtimeError;
