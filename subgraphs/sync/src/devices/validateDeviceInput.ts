import { DEVICE_TYPES, type DeviceCapabilities, type DeviceType } from './DeviceRecord.js';
import { DEVICE_PLATFORMS, HDR_FORMATS, MAX_RESOLUTIONS, canonicalHdrFormat, canonicalPlatform, canonicalResolution } from './deviceVocabulary.js';

export const MAX_DEVICE_NAME_LENGTH = 64;
export const MAX_APP_VERSION_LENGTH = 32;
export const MAX_SUPPORTED_PLATFORMS = 50;

/** What `registerDevice` receives (GraphQL input, nullable fields as null or absent). */
export interface RegisterDeviceInput {
  name: string;
  type: string;
  platform: string;
  appVersion?: string | null;
  capabilities?: {
    maxResolution?: string | null;
    hdrFormats?: readonly string[] | null;
    atmos?: boolean | null;
    remoteControllable?: boolean | null;
    canCast?: boolean | null;
    canReceiveCast?: boolean | null;
    supportedPlatforms?: readonly string[] | null;
  } | null;
}

/** A registration that passed every check, in stored form. */
export interface NewDevice {
  name: string;
  type: DeviceType;
  platform: string;
  appVersion: string | null;
  capabilities: DeviceCapabilities;
}

export type Validated<T> = { value: T; problems?: undefined } | { value?: undefined; problems: string[] };

// Control characters, lone surrogates, line/paragraph separators and bidi overrides: invisible or able to reorder
// what other devices' UIs show next to the name.
const UNPRINTABLE = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const APP_VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;
// Streaming platform ids as the catalogue writes them (`netflix`, `disney-plus`, `apple_tv`).
const PLATFORM_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** A device name: trimmed, 1–64 printable characters (counted as code points, so an emoji is one). */
export function validateDeviceName(raw: string): Validated<string> {
  const name = raw.trim();
  const length = [...name].length;
  const problems: string[] = [];
  if (length === 0) problems.push('name must not be empty');
  else if (length > MAX_DEVICE_NAME_LENGTH) problems.push(`name must be at most ${MAX_DEVICE_NAME_LENGTH} characters`);
  if (UNPRINTABLE.test(name)) problems.push('name must contain only printable characters');
  return problems.length > 0 ? { problems } : { value: name };
}

/** Checks a whole registration and reports every problem, not just the first. */
export function validateDeviceInput(input: RegisterDeviceInput): Validated<NewDevice> {
  const problems: string[] = [];

  const name = validateDeviceName(input.name);
  if (name.problems) problems.push(...name.problems);

  const type = (DEVICE_TYPES as readonly string[]).includes(input.type) ? (input.type as DeviceType) : undefined;
  if (!type) problems.push(`type must be one of ${DEVICE_TYPES.join(', ')}`);

  const platform = canonicalPlatform(input.platform);
  if (!platform) problems.push(`platform must be one of ${DEVICE_PLATFORMS.join(', ')}`);

  const appVersion = input.appVersion?.trim() || null;
  if (appVersion !== null && (appVersion.length > MAX_APP_VERSION_LENGTH || !APP_VERSION.test(appVersion))) {
    problems.push(`appVersion must be at most ${MAX_APP_VERSION_LENGTH} characters of letters, digits, '.', '+', '_' and '-'`);
  }

  const capabilities = validateCapabilities(input.capabilities ?? {}, problems);

  if (problems.length > 0 || !name.value || !type || !platform) return { problems };
  return { value: { name: name.value, type, platform, appVersion, capabilities } };
}

function validateCapabilities(input: NonNullable<RegisterDeviceInput['capabilities']>, problems: string[]): DeviceCapabilities {
  let maxResolution: string | null = null;
  if (input.maxResolution != null) {
    maxResolution = canonicalResolution(input.maxResolution) ?? null;
    if (!maxResolution) problems.push(`capabilities.maxResolution must be one of ${MAX_RESOLUTIONS.join(', ')} (or 480p … 4320p)`);
  }

  const hdrFormats: string[] = [];
  for (const raw of input.hdrFormats ?? []) {
    const format = canonicalHdrFormat(raw);
    if (!format) problems.push(`capabilities.hdrFormats: '${truncate(raw)}' is not one of ${HDR_FORMATS.join(', ')}`);
    else if (!hdrFormats.includes(format)) hdrFormats.push(format);
  }

  const supportedPlatforms: string[] = [];
  const platforms = input.supportedPlatforms ?? [];
  if (platforms.length > MAX_SUPPORTED_PLATFORMS) {
    problems.push(`capabilities.supportedPlatforms must list at most ${MAX_SUPPORTED_PLATFORMS} platforms`);
  } else {
    for (const raw of platforms) {
      const id = raw.trim().toLowerCase();
      if (!PLATFORM_ID.test(id)) problems.push(`capabilities.supportedPlatforms: '${truncate(raw)}' is not a platform id`);
      else if (!supportedPlatforms.includes(id)) supportedPlatforms.push(id);
    }
  }

  return {
    maxResolution,
    hdrFormats,
    atmos: input.atmos ?? false,
    remoteControllable: input.remoteControllable ?? false,
    canCast: input.canCast ?? false,
    canReceiveCast: input.canReceiveCast ?? false,
    supportedPlatforms,
  };
}

/** Echoing a huge or hostile value back in a problem helps nobody. */
function truncate(value: string): string {
  const clean = value.replace(new RegExp(UNPRINTABLE.source, 'gu'), '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
