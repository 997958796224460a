/**
 * Channel names, so producers and subscribers agree (PRODUCT_SPEC §9 channels). Every user channel starts with
 * `user.<userId>.`, so ownership is decided by the userId a resolver puts in, never by what a client names.
 */
export const channels = {
  /** `LibraryChange` messages (owned by the sync subgraph). */
  library: (userId: string) => `user.${userId}.sync`,
  /** `PresenceChange` and `CommandAck` messages. */
  devices: (userId: string) => `user.${userId}.devices`,
  /** `DeviceCommand` messages for one device. */
  deviceCommands: (userId: string, deviceId: string) => `user.${userId}.device.${deviceId}.commands`,
  /** `PlaybackSessionChange` messages (owned by the playback subgraph). */
  playback: (userId: string) => `user.${userId}.playback`,
  /** `AvailabilityChange` messages. */
  availability: () => `catalog.availability`,
} as const;
