import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, parseCommandInput, type SendCommandInput } from '@media-gateway/realtime';

const TITLE = '6f1c1e0e-8d4b-4c8e-9a53-2f9f0f4f1a11';
const PROFILE = '0b7f3c52-5d0e-4a7e-8f3e-6a1d2c3b4a59';

function problems(input: Partial<SendCommandInput>): string[] {
  const result = parseCommandInput({ targetDeviceId: 'tv', type: 'PLAY', ...input } as SendCommandInput);
  return result.ok ? [] : result.problems;
}

describe('parseCommandInput', () => {
  it.each([
    ['PLAY', {}],
    ['PAUSE', {}],
    ['STOP', {}],
    ['NEXT_EPISODE', {}],
    ['PREVIOUS_EPISODE', {}],
    ['SEEK', { positionSeconds: 0 }],
    ['SEEK', { positionSeconds: 754.5 }],
    ['SET_VOLUME', { level: 0 }],
    ['SET_VOLUME', { level: 100 }],
    ['MUTE', { muted: false }],
    ['LOAD', { titleId: TITLE }],
    ['LOAD', { titleId: TITLE, positionSeconds: 120, sessionId: 'session-1' }],
    ['CAST', { titleId: TITLE.toUpperCase(), positionSeconds: 0 }],
    ['SWITCH_PROFILE', { profileId: PROFILE }],
    ['SET_QUALITY', { quality: 'UHD' }],
    ['SET_SUBTITLES', { language: 'pt-BR' }],
    ['SET_SUBTITLES', { language: 'off' }],
    ['SET_AUDIO_TRACK', { language: 'en' }],
  ] as const)('accepts %s %j', (type, params) => {
    expect(parseCommandInput({ targetDeviceId: 'tv', type, params })).toEqual({
      ok: true,
      command: { sourceDeviceId: null, targetDeviceId: 'tv', type, params },
    });
  });

  it.each([
    ['SEEK', {}, 'params.positionSeconds is required for SEEK'],
    ['SEEK', { positionSeconds: -1 }, 'params.positionSeconds must be a number of seconds ≥ 0, got -1'],
    ['SEEK', { positionSeconds: '10' }, 'params.positionSeconds must be a number of seconds ≥ 0, got "10"'],
    ['SET_VOLUME', { level: 101 }, 'params.level must be an integer from 0 to 100, got 101'],
    ['SET_VOLUME', { level: 50.5 }, 'params.level must be an integer from 0 to 100, got 50.5'],
    ['MUTE', { muted: 'yes' }, 'params.muted must be a boolean, got "yes"'],
    ['LOAD', {}, 'params.titleId is required for LOAD'],
    ['CAST', { titleId: 'not-a-uuid' }, 'params.titleId must be a UUID, got "not-a-uuid"'],
    ['LOAD', { titleId: TITLE, sessionId: '' }, 'params.sessionId must be a non-empty id of at most 128 characters, got ""'],
    ['SWITCH_PROFILE', { profileId: 'kids' }, 'params.profileId must be a UUID, got "kids"'],
    ['SET_QUALITY', { quality: '' }, 'params.quality must be a quality name such as AUTO, HD or UHD, got ""'],
    ['SET_SUBTITLES', { language: 'english please' }, 'params.language must be a BCP 47 language tag such as "en", or "off", got "english please"'],
    ['SET_AUDIO_TRACK', { language: 'en_US' }, 'params.language must be a BCP 47 language tag such as "en" or "pt-BR", got "en_US"'],
    ['PLAY', { positionSeconds: 3 }, 'params.positionSeconds is not a parameter of PLAY'],
    ['SET_VOLUME', { level: 5, muted: true }, 'params.muted is not a parameter of SET_VOLUME'],
  ] as const)('refuses %s %j', (type, params, problem) => {
    expect(problems({ type, params })).toEqual([problem]);
  });

  it('reports every problem at once', () => {
    expect(problems({ targetDeviceId: '', type: 'LOAD', params: { titleId: 'x', level: 3, sessionId: 7 } })).toEqual([
      'targetDeviceId must be a non-empty id',
      'params.level is not a parameter of LOAD',
      'params.sessionId must be a non-empty id of at most 128 characters, got 7',
      'params.titleId must be a UUID, got "x"',
    ]);
  });

  it('refuses an unknown type and non-object params', () => {
    expect(problems({ type: 'REWIND' as never })).toEqual([`type must be one of ${COMMAND_TYPES.join(', ')}, got "REWIND"`]);
    expect(problems({ params: [] as never })).toEqual(['params must be an object']);
    expect(problems({ sourceDeviceId: '' })).toEqual(['sourceDeviceId must be a non-empty id when given']);
  });

  it('treats null params as absent, as GraphQL inputs send them', () => {
    const result = parseCommandInput({
      targetDeviceId: 'tv',
      sourceDeviceId: 'phone',
      type: 'SEEK',
      params: { positionSeconds: 30, titleId: null, level: null, muted: undefined },
    });
    expect(result).toEqual({ ok: true, command: { sourceDeviceId: 'phone', targetDeviceId: 'tv', type: 'SEEK', params: { positionSeconds: 30 } } });
    expect(parseCommandInput({ targetDeviceId: 'tv', type: 'PLAY', params: null })).toMatchObject({ ok: true, command: { params: {} } });
  });

  it('puts params in one canonical order, whatever order they came in', () => {
    const result = parseCommandInput({ targetDeviceId: 'tv', type: 'LOAD', params: { sessionId: 's', positionSeconds: 1, titleId: TITLE } });
    expect(Object.keys(result.command!.params)).toEqual(['positionSeconds', 'sessionId', 'titleId']);
  });
});
