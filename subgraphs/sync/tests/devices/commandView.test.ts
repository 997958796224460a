import type { DeviceCommand } from '@media-gateway/realtime';
import { describe, expect, it } from 'vitest';
import { toCommandParams, toCommandView } from '../../src/devices/commandView.js';

const TITLE = '3f2b8c1e-5d4a-4c7b-9e1f-2a3b4c5d6e7f';

const command = (overrides: Partial<DeviceCommand> = {}): DeviceCommand => ({
  commandId: 'c1',
  userId: 'u',
  sourceDeviceId: null,
  targetDeviceId: 'tv',
  type: 'LOAD',
  params: { positionSeconds: 42, titleId: TITLE },
  hlc: '001800000000000-00000-server',
  issuedAt: 1_800_000_000_000,
  expiresAt: 1_800_000_005_000,
  requiresAck: true,
  status: 'PENDING',
  statusAt: 1_800_000_000_000,
  error: null,
  attempts: 1,
  ...overrides,
});

describe('toCommandParams', () => {
  it('passes on only what the client set: nulls mean "not given"', () => {
    expect(toCommandParams({ positionSeconds: 0, titleId: null, muted: false, level: undefined })).toEqual({ positionSeconds: 0, muted: false });
    expect(toCommandParams(null)).toEqual({});
  });
});

describe('toCommandView', () => {
  it('maps the envelope to the API type, the title as an entity stub and times as dates', () => {
    expect(toCommandView(command(), true)).toEqual({
      id: 'c1',
      type: 'LOAD',
      status: 'PENDING',
      sourceDeviceId: null,
      targetDeviceId: 'tv',
      params: { positionSeconds: 42, title: { id: TITLE }, sessionId: null, level: null, muted: null, profileId: null, quality: null, language: null },
      hlc: '001800000000000-00000-server',
      issuedAt: new Date(1_800_000_000_000),
      expiresAt: new Date(1_800_000_005_000),
      attempts: 1,
      error: null,
      deduplicated: true,
    });
  });

  it('keeps each param only when it has the type the API declares', () => {
    const view = toCommandView(command({ type: 'MUTE', params: { muted: true, level: '7', language: 'pt-BR' } }));
    expect(view.params).toMatchObject({ muted: true, level: null, language: 'pt-BR', title: null });
    expect(view.deduplicated).toBe(false);
  });
});
