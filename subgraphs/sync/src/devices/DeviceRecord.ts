/** The device types of §8, as GraphQL spells them. */
export const DEVICE_TYPES = ['PHONE', 'TABLET', 'TV', 'WEB', 'CLI', 'DESKTOP'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

/** What a device can do (§8 "Capabilities"), always complete once stored: absent flags are false, lists empty. */
export interface DeviceCapabilities {
  maxResolution: string | null;
  hdrFormats: string[];
  atmos: boolean;
  remoteControllable: boolean;
  canCast: boolean;
  canReceiveCast: boolean;
  supportedPlatforms: string[];
}

/** A registered device as the registry keeps it (table `sync.device`). */
export interface DeviceRecord {
  id: string;
  userId: string;
  name: string;
  type: DeviceType;
  /** Canonical spelling from `DEVICE_PLATFORMS`. */
  platform: string;
  appVersion: string | null;
  capabilities: DeviceCapabilities;
  createdAt: Date;
  /** Written at most once a minute while online, and when the device leaves or times out. */
  lastSeenAt: Date | null;
}
