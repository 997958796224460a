import type { DeviceCommand } from '@media-gateway/realtime';

/** `DeviceCommand` as the API answers it. */
export interface DeviceCommandView {
  id: string;
  type: DeviceCommand['type'];
  status: DeviceCommand['status'];
  sourceDeviceId: string | null;
  targetDeviceId: string;
  params: CommandParamsView;
  hlc: string;
  issuedAt: Date;
  expiresAt: Date;
  attempts: number;
  error: string | null;
  deduplicated: boolean;
}

export interface CommandParamsView {
  positionSeconds: number | null;
  /** A `Title` entity stub; the router resolves the rest from catalog. */
  title: { id: string } | null;
  sessionId: string | null;
  level: number | null;
  muted: boolean | null;
  profileId: string | null;
  quality: string | null;
  language: string | null;
}

/** What `CommandParamsInput` carries, nulls included. */
export interface CommandParamsInput {
  positionSeconds?: number | null;
  titleId?: string | null;
  sessionId?: string | null;
  level?: number | null;
  muted?: boolean | null;
  profileId?: string | null;
  quality?: string | null;
  language?: string | null;
}

/** The params RemoteCommands validates per type: only the fields the client set (a null means "not given"). */
export function toCommandParams(input: CommandParamsInput | null | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== undefined));
}

export function toCommandView(command: DeviceCommand, deduplicated = false): DeviceCommandView {
  const params = command.params;
  return {
    id: command.commandId,
    type: command.type,
    status: command.status,
    sourceDeviceId: command.sourceDeviceId,
    targetDeviceId: command.targetDeviceId,
    params: {
      positionSeconds: numberOrNull(params.positionSeconds),
      title: typeof params.titleId === 'string' ? { id: params.titleId } : null,
      sessionId: stringOrNull(params.sessionId),
      level: numberOrNull(params.level),
      muted: typeof params.muted === 'boolean' ? params.muted : null,
      profileId: stringOrNull(params.profileId),
      quality: stringOrNull(params.quality),
      language: stringOrNull(params.language),
    },
    hlc: command.hlc,
    issuedAt: new Date(command.issuedAt),
    expiresAt: new Date(command.expiresAt),
    attempts: command.attempts,
    error: command.error,
    deduplicated,
  };
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);
