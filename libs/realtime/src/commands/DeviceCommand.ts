export const COMMAND_TYPES = [
  'PLAY',
  'PAUSE',
  'STOP',
  'SEEK',
  'SET_VOLUME',
  'MUTE',
  'NEXT_EPISODE',
  'PREVIOUS_EPISODE',
  'LOAD',
  'CAST',
  'SWITCH_PROFILE',
  'SET_QUALITY',
  'SET_SUBTITLES',
  'SET_AUDIO_TRACK',
] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

export const COMMAND_STATUSES = ['PENDING', 'RECEIVED', 'EXECUTING', 'COMPLETED', 'FAILED', 'EXPIRED'] as const;
export type CommandStatus = (typeof COMMAND_STATUSES)[number];

/** What the target device may report: RECEIVED → EXECUTING → COMPLETED | FAILED, skipping allowed. */
export const ACK_STATUSES = ['RECEIVED', 'EXECUTING', 'COMPLETED', 'FAILED'] as const;
export type AckStatus = (typeof ACK_STATUSES)[number];

/** The §8 remote-command envelope, as stored, published to the target and returned. */
export interface DeviceCommand {
  commandId: string;
  userId: string;
  sourceDeviceId: string | null;
  targetDeviceId: string;
  type: CommandType;
  /** Validated per type, only that type's keys, sorted (SEEK {positionSeconds}, LOAD {titleId, positionSeconds?, sessionId?}, ...). */
  params: Record<string, unknown>;
  /** `formatHlc` of the server clock at send. */
  hlc: string;
  /** Epoch ms. */
  issuedAt: number;
  /** issuedAt + COMMAND_TIMINGS.expiresAfterMs */
  expiresAt: number;
  requiresAck: boolean;
  status: CommandStatus;
  statusAt: number;
  /** What the device said when it reported FAILED. */
  error: string | null;
  /** Deliveries so far: 1 at send, + 1 per retry while PENDING. */
  attempts: number;
}

/** PRODUCT_SPEC §8 remote-command timings. */
export const COMMAND_TIMINGS = {
  /** expires_at = ts + 5 s: an acknowledgement after that is refused and the command reads EXPIRED. */
  expiresAfterMs: 5_000,
  /** An identical command (user, target, type, params) within this window is the same command. */
  debounceMs: 1_000,
  /** Retry n (0, 1, 2) is re-published 500·2^n ms after the previous delivery: at +0.5 s, +1.5 s, +3.5 s. */
  retryBaseMs: 500,
  maxRetries: 3,
  /** How long a command stays readable (`deviceCommand(id)`, late acknowledgements answered CONFLICT). */
  recordTtlMs: 60_000,
} as const;
