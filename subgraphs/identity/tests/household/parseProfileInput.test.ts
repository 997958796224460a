import { describe, expect, it } from 'vitest';
import { canAddProfile, MAX_PROFILES_PER_USER } from '../../src/household/canAddProfile.js';
import { parseProfileInput } from '../../src/household/parseProfileInput.js';

describe('parseProfileInput', () => {
  it('trims the name and defaults to an adult profile without avatar', () => {
    expect(parseProfileInput({ name: '  Mia ' })).toEqual({ ok: true, value: { name: 'Mia', isKids: false, avatarUrl: null } });
  });

  it('keeps a kids flag and an https avatar', () => {
    expect(parseProfileInput({ name: 'Leo', isKids: true, avatarUrl: 'https://cdn.example.com/a/leo.png' })).toEqual({
      ok: true,
      value: { name: 'Leo', isKids: true, avatarUrl: 'https://cdn.example.com/a/leo.png' },
    });
  });

  it('treats an empty avatar as none', () => {
    expect(parseProfileInput({ name: 'Leo', avatarUrl: ' ' }).value?.avatarUrl).toBeNull();
  });

  it.each([
    [{ name: '' }, ['name must be 1 to 50 characters, got 0']],
    [{ name: 'x'.repeat(51) }, ['name must be 1 to 50 characters, got 51']],
    [{ name: 'a\nb' }, ['name must not contain control characters']],
    [{ name: 'Leo', avatarUrl: 'leo.png' }, ['avatarUrl must be an absolute https URL, got "leo.png"']],
    [{ name: 'Leo', avatarUrl: 'http://cdn.example.com/leo.png' }, ['avatarUrl must use https, got http']],
    [{ name: 'Leo', avatarUrl: 'javascript:alert(1)' }, ['avatarUrl must use https, got javascript']],
    [{ name: 'Leo', avatarUrl: 'https://u:p@cdn.example.com/leo.png' }, ['avatarUrl must not contain credentials']],
    [{ name: '', avatarUrl: 'ftp://x' }, ['name must be 1 to 50 characters, got 0', 'avatarUrl must use https, got ftp']],
  ])('rejects %o', (input, problems) => {
    expect(parseProfileInput(input)).toEqual({ ok: false, problems });
  });
});

describe('canAddProfile', () => {
  it('allows up to six profiles per user', () => {
    expect(MAX_PROFILES_PER_USER).toBe(6);
    expect(canAddProfile(0)).toBe(true);
    expect(canAddProfile(5)).toBe(true);
    expect(canAddProfile(6)).toBe(false);
  });
});
