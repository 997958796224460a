// The operations the devices tests send, as a client would.

export const DEVICE_FIELDS = /* GraphQL */ `
  fragment DeviceFields on Device {
    id
    name
    type
    platform
    appVersion
    capabilities {
      maxResolution
      hdrFormats
      atmos
      remoteControllable
      canCast
      canReceiveCast
      supportedPlatforms
    }
    status
    state
    nowPlaying {
      id
    }
    lastSeenAt
    createdAt
  }
`;

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterDeviceInput!) {
    registerDevice(input: $input) {
      device {
        ...DeviceFields
      }
      devices {
        id
      }
      heartbeatIntervalSeconds
      offlineAfterSeconds
    }
  }
  ${DEVICE_FIELDS}
`;

export const DEVICES = /* GraphQL */ `
  query Devices {
    devices {
      ...DeviceFields
    }
  }
  ${DEVICE_FIELDS}
`;

export const DEVICE = /* GraphQL */ `
  query Device($id: ID!) {
    device(id: $id) {
      ...DeviceFields
    }
  }
  ${DEVICE_FIELDS}
`;

export const RENAME = /* GraphQL */ `
  mutation Rename($id: ID!, $name: String!) {
    renameDevice(id: $id, name: $name) {
      id
      name
    }
  }
`;

export const REMOVE = /* GraphQL */ `
  mutation Remove($id: ID!) {
    removeDevice(id: $id)
  }
`;

export const HEARTBEAT = /* GraphQL */ `
  mutation Heartbeat($deviceId: ID!, $state: PresenceState, $titleId: ID, $sessionId: ID) {
    heartbeat(deviceId: $deviceId, state: $state, titleId: $titleId, sessionId: $sessionId) {
      device {
        ...DeviceFields
      }
      nextHeartbeatSeconds
      reconcile
    }
  }
  ${DEVICE_FIELDS}
`;

export const DISCONNECT = /* GraphQL */ `
  mutation Disconnect($deviceId: ID!) {
    disconnectDevice(deviceId: $deviceId)
  }
`;

const COMMAND_FIELDS = /* GraphQL */ `
  fragment CommandFields on DeviceCommand {
    id
    type
    status
    sourceDeviceId
    targetDeviceId
    params {
      positionSeconds
      title {
        id
      }
      sessionId
      level
      muted
      profileId
      quality
      language
    }
    hlc
    issuedAt
    expiresAt
    attempts
    error
    deduplicated
  }
`;

export const SEND = /* GraphQL */ `
  mutation Send($input: DeviceCommandInput!) {
    sendDeviceCommand(input: $input) {
      ...CommandFields
    }
  }
  ${COMMAND_FIELDS}
`;

export const ACK = /* GraphQL */ `
  mutation Ack($deviceId: ID!, $commandId: ID!, $status: CommandAckStatus!, $error: String) {
    acknowledgeCommand(deviceId: $deviceId, commandId: $commandId, status: $status, error: $error) {
      ...CommandFields
    }
  }
  ${COMMAND_FIELDS}
`;

export const COMMAND = /* GraphQL */ `
  query Command($id: ID!) {
    deviceCommand(id: $id) {
      ...CommandFields
    }
  }
  ${COMMAND_FIELDS}
`;

export const DEVICE_COMMANDS = /* GraphQL */ `
  subscription DeviceCommands($deviceId: ID!) {
    deviceCommands(deviceId: $deviceId) {
      ...CommandFields
    }
  }
  ${COMMAND_FIELDS}
`;

export const PRESENCE_CHANGED = /* GraphQL */ `
  subscription PresenceChanged {
    presenceChanged {
      kind
      at
      device {
        id
        name
        status
        state
        nowPlaying {
          id
        }
      }
    }
  }
`;

export const COMMAND_STATUS_CHANGED = /* GraphQL */ `
  subscription CommandStatusChanged {
    commandStatusChanged {
      id
      status
      error
    }
  }
`;

/** A registration input; `name` defaults to a TV. */
export const tvInput = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'Living room TV',
  type: 'TV',
  platform: 'tizen',
  appVersion: '5.1.0',
  capabilities: { maxResolution: '2160p', hdrFormats: ['hdr10', 'dolby vision'], atmos: true, remoteControllable: true, canReceiveCast: true },
  ...overrides,
});

export const phoneInput = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'Ada’s phone',
  type: 'PHONE',
  platform: 'iOS',
  capabilities: { canCast: true },
  ...overrides,
});
