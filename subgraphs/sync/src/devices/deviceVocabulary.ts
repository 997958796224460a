/**
 * The closed vocabularies a registration is checked against. Input is matched without regard to case (and, for
 * HDR formats, spaces and dashes) and stored in the canonical spelling, so `ios`, `IOS` and `iOS` are one platform.
 */

/** §8 names iOS, Android, Tizen, webOS, Roku and Web; desktop apps and the CLI (§12) add the rest. */
export const DEVICE_PLATFORMS = ['iOS', 'Android', 'Tizen', 'webOS', 'Roku', 'Web', 'macOS', 'Windows', 'Linux', 'CLI'] as const;

/** Named resolutions and their vertical-pixel aliases (`1080p` is stored as `FHD`). */
export const MAX_RESOLUTIONS = ['SD', 'HD', 'FHD', 'QHD', '4K', '8K'] as const;
const RESOLUTION_ALIASES: Readonly<Record<string, (typeof MAX_RESOLUTIONS)[number]>> = {
  '480p': 'SD',
  '576p': 'SD',
  '720p': 'HD',
  '1080p': 'FHD',
  '1440p': 'QHD',
  '2160p': '4K',
  uhd: '4K',
  '4320p': '8K',
};

export const HDR_FORMATS = ['HDR10', 'HDR10+', 'DolbyVision', 'HLG'] as const;

const byFolded = <T extends string>(values: readonly T[], fold: (s: string) => string) =>
  new Map<string, T>(values.map((value) => [fold(value), value]));

const foldCase = (value: string) => value.toLowerCase();
const foldHdr = (value: string) => value.toLowerCase().replace(/[\s_-]/g, '');

const PLATFORMS = byFolded(DEVICE_PLATFORMS, foldCase);
const RESOLUTIONS = byFolded(MAX_RESOLUTIONS, foldCase);
const HDR = byFolded(HDR_FORMATS, foldHdr);

export function canonicalPlatform(value: string): string | undefined {
  return PLATFORMS.get(foldCase(value.trim()));
}

export function canonicalResolution(value: string): string | undefined {
  const folded = foldCase(value.trim());
  return RESOLUTIONS.get(folded) ?? RESOLUTION_ALIASES[folded];
}

export function canonicalHdrFormat(value: string): string | undefined {
  return HDR.get(foldHdr(value.trim()));
}
