import { describe, expect, it } from 'vitest';
import { isPermanentMailFailure } from '../../src/store/isPermanentMailFailure.js';

describe('isPermanentMailFailure', () => {
  it('gives up on a message the server refused with a 5xx', () => {
    expect(isPermanentMailFailure({ code: 'EENVELOPE', responseCode: 550 })).toBe(true);
    expect(isPermanentMailFailure({ code: 'EMESSAGE', responseCode: 554 })).toBe(true);
  });

  it('gives up on an address nodemailer refused before sending', () => {
    expect(isPermanentMailFailure({ code: 'EENVELOPE', responseCode: undefined })).toBe(true);
  });

  it('retries 4xx replies, broken links, and a failing login (the relay, not the message)', () => {
    expect(isPermanentMailFailure({ code: 'EENVELOPE', responseCode: 452 })).toBe(false);
    expect(isPermanentMailFailure({ code: 'ESOCKET' })).toBe(false);
    expect(isPermanentMailFailure({ code: 'ETIMEDOUT' })).toBe(false);
    expect(isPermanentMailFailure({ code: 'EAUTH', responseCode: 535 })).toBe(false);
    expect(isPermanentMailFailure(new Error('boom'))).toBe(false);
    expect(isPermanentMailFailure(undefined)).toBe(false);
  });
});
