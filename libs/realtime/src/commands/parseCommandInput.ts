import { COMMAND_TYPES, type CommandType } from './DeviceCommand.js';

export interface SendCommandInput {
  sourceDeviceId?: string | null;
  targetDeviceId: string;
  type: CommandType;
  params?: Record<string, unknown> | null;
}

export interface ParsedCommand {
  sourceDeviceId: string | null;
  targetDeviceId: string;
  type: CommandType;
  /** Only the type's keys, sorted, so equal commands serialise equally (the debounce key). */
  params: Record<string, unknown>;
}

export type ParseCommandResult = { ok: true; command: ParsedCommand; problems?: undefined } | { ok: false; problems: string[]; command?: undefined };

type Check = (value: unknown) => string | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const MAX_ID_LENGTH = 128;

const positionSeconds: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? null : 'must be a number of seconds ≥ 0');
const uuid: Check = (v) => (typeof v === 'string' && UUID.test(v) ? null : 'must be a UUID');
const id: Check = (v) => (typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH ? null : `must be a non-empty id of at most ${MAX_ID_LENGTH} characters`);
const level: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100 ? null : 'must be an integer from 0 to 100');
const muted: Check = (v) => (typeof v === 'boolean' ? null : 'must be a boolean');
const quality: Check = (v) => (typeof v === 'string' && /^[A-Za-z0-9_-]{1,32}$/.test(v) ? null : 'must be a quality name such as AUTO, HD or UHD');
const language: Check = (v) => (typeof v === 'string' && LANGUAGE.test(v) ? null : 'must be a BCP 47 language tag such as "en" or "pt-BR"');
/** Subtitles can also be switched off. */
const subtitleLanguage: Check = (v) => (v === 'off' ? null : language(v) && 'must be a BCP 47 language tag such as "en", or "off"');

interface ParamRule {
  check: Check;
  required: boolean;
}
const required = (check: Check): ParamRule => ({ check, required: true });
const optional = (check: Check): ParamRule => ({ check, required: false });

/** Which params each type takes (PRODUCT_SPEC §8); any other key is an error. */
const PARAMS: Record<CommandType, Record<string, ParamRule>> = {
  PLAY: {},
  PAUSE: {},
  STOP: {},
  NEXT_EPISODE: {},
  PREVIOUS_EPISODE: {},
  SEEK: { positionSeconds: required(positionSeconds) },
  SET_VOLUME: { level: required(level) },
  MUTE: { muted: required(muted) },
  LOAD: { titleId: required(uuid), positionSeconds: optional(positionSeconds), sessionId: optional(id) },
  CAST: { titleId: required(uuid), positionSeconds: optional(positionSeconds), sessionId: optional(id) },
  SWITCH_PROFILE: { profileId: required(uuid) },
  SET_QUALITY: { quality: required(quality) },
  SET_SUBTITLES: { language: required(subtitleLanguage) },
  SET_AUDIO_TRACK: { language: required(language) },
};

/**
 * Validates a command's shape and reports every problem together. Keys whose value is null or undefined count as
 * absent: GraphQL's `CommandParamsInput` has every field of every type, and a client may send them as null.
 */
export function parseCommandInput(input: SendCommandInput): ParseCommandResult {
  const problems: string[] = [];
  const given = input as Partial<SendCommandInput> | null | undefined;
  const targetDeviceId = given?.targetDeviceId;
  if (typeof targetDeviceId !== 'string' || targetDeviceId.length === 0) problems.push('targetDeviceId must be a non-empty id');
  const sourceDeviceId = given?.sourceDeviceId ?? null;
  if (sourceDeviceId !== null && (typeof sourceDeviceId !== 'string' || sourceDeviceId.length === 0)) problems.push('sourceDeviceId must be a non-empty id when given');
  const type = given?.type;
  const known = (COMMAND_TYPES as readonly unknown[]).includes(type);
  if (!known) problems.push(`type must be one of ${COMMAND_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
  const rawParams = given?.params ?? {};
  if (typeof rawParams !== 'object' || Array.isArray(rawParams)) {
    problems.push('params must be an object');
    return { ok: false, problems };
  }
  const params: Record<string, unknown> = {};
  if (known) {
    const rules = PARAMS[type as CommandType];
    const present = Object.keys(rawParams).filter((key) => rawParams[key] !== null && rawParams[key] !== undefined);
    for (const key of present.filter((key) => !Object.hasOwn(rules, key)).sort()) problems.push(`params.${key} is not a parameter of ${type}`);
    for (const [key, rule] of Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!present.includes(key)) {
        if (rule.required) problems.push(`params.${key} is required for ${type}`);
        continue;
      }
      const problem = rule.check(rawParams[key]);
      if (problem) problems.push(`params.${key} ${problem}, got ${JSON.stringify(rawParams[key])}`);
      else params[key] = rawParams[key];
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, command: { sourceDeviceId, targetDeviceId: targetDeviceId as string, type: type as CommandType, params } };
}
