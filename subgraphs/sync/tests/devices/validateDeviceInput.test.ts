import { describe, expect, it } from 'vitest';
import { validateDeviceInput, validateDeviceName } from '../../src/devices/validateDeviceInput.js';

const input = (overrides: Record<string, unknown> = {}) => ({ name: 'Living room TV', type: 'TV', platform: 'tizen', ...overrides });

describe('validateDeviceInput (§8 registration)', () => {
  it('stores the canonical platform spelling whatever the case, and completes the capabilities', () => {
    const { value } = validateDeviceInput(input({ platform: 'WEBOS', appVersion: ' 3.2.1-beta+7 ' }));
    expect(value).toEqual({
      name: 'Living room TV',
      type: 'TV',
      platform: 'webOS',
      appVersion: '3.2.1-beta+7',
      capabilities: {
        maxResolution: null,
        hdrFormats: [],
        atmos: false,
        remoteControllable: false,
        canCast: false,
        canReceiveCast: false,
        supportedPlatforms: [],
      },
    });
    for (const [raw, canonical] of [['ios', 'iOS'], ['MACOS', 'macOS'], ['cli', 'CLI'], ['Roku', 'Roku']]) {
      expect(validateDeviceInput(input({ platform: raw })).value?.platform).toBe(canonical);
    }
  });

  it('canonicalises capabilities: resolution aliases, HDR spellings, platform ids, without duplicates', () => {
    const { value } = validateDeviceInput(
      input({
        capabilities: {
          maxResolution: '2160p',
          hdrFormats: ['hdr10', 'Dolby Vision', 'dolby-vision', 'HDR10+'],
          atmos: true,
          remoteControllable: true,
          canReceiveCast: true,
          supportedPlatforms: ['Netflix', 'disney-plus', 'netflix'],
        },
      }),
    );
    expect(value?.capabilities).toEqual({
      maxResolution: '4K',
      hdrFormats: ['HDR10', 'DolbyVision', 'HDR10+'],
      atmos: true,
      remoteControllable: true,
      canCast: false,
      canReceiveCast: true,
      supportedPlatforms: ['netflix', 'disney-plus'],
    });
  });

  it('reports every problem at once', () => {
    const result = validateDeviceInput({
      name: '   ',
      type: 'TOASTER',
      platform: 'Symbian',
      appVersion: 'v 1',
      capabilities: { maxResolution: '16K', hdrFormats: ['HDR11'], supportedPlatforms: ['Not A Platform!'] },
    });
    expect(result.problems).toEqual([
      'name must not be empty',
      'type must be one of PHONE, TABLET, TV, WEB, CLI, DESKTOP',
      'platform must be one of iOS, Android, Tizen, webOS, Roku, Web, macOS, Windows, Linux, CLI',
      "appVersion must be at most 32 characters of letters, digits, '.', '+', '_' and '-'",
      'capabilities.maxResolution must be one of SD, HD, FHD, QHD, 4K, 8K (or 480p … 4320p)',
      "capabilities.hdrFormats: 'HDR11' is not one of HDR10, HDR10+, DolbyVision, HLG",
      "capabilities.supportedPlatforms: 'Not A Platform!' is not a platform id",
    ]);
  });

  it('caps the supported platforms list', () => {
    const many = Array.from({ length: 51 }, (_, i) => `p${i}`);
    expect(validateDeviceInput(input({ capabilities: { supportedPlatforms: many } })).problems).toEqual([
      'capabilities.supportedPlatforms must list at most 50 platforms',
    ]);
  });
});

describe('validateDeviceName', () => {
  it('trims and accepts 1–64 printable characters, counting an emoji as one', () => {
    expect(validateDeviceName('  Kitchen iPad ')).toEqual({ value: 'Kitchen iPad' });
    expect(validateDeviceName('📺'.repeat(64)).value).toHaveLength(128);
    expect(validateDeviceName('x'.repeat(64)).value).toBe('x'.repeat(64));
  });

  it('refuses empty, too long and unprintable names', () => {
    expect(validateDeviceName('').problems).toEqual(['name must not be empty']);
    expect(validateDeviceName('x'.repeat(65)).problems).toEqual(['name must be at most 64 characters']);
    expect(validateDeviceName('TV\u0000').problems).toEqual(['name must contain only printable characters']);
    expect(validateDeviceName('a\nb').problems).toEqual(['name must contain only printable characters']);
    // A bidi override could make another screen show the name reversed.
    expect(validateDeviceName('\u202Evt').problems).toEqual(['name must contain only printable characters']);
  });
});
