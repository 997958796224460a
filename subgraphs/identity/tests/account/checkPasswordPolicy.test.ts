import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../../src/account/checkPasswordPolicy.js';

describe('checkPasswordPolicy (§6)', () => {
  it.each(['Password1', 'aB3aaaaa', 'correct Horse battery 9', 'Ünïcødé9'])('accepts %j', (password) => {
    expect(checkPasswordPolicy(password)).toEqual([]);
  });

  it.each([
    ['Pass1', ['password must be at least 8 characters, got 5']],
    ['password1', ['password must contain an upper-case letter']],
    ['PASSWORD1', ['password must contain a lower-case letter']],
    ['Password', ['password must contain a digit']],
    ['', ['password must be at least 8 characters, got 0', 'password must contain an upper-case letter', 'password must contain a lower-case letter', 'password must contain a digit']],
    [`Aa1${'x'.repeat(126)}`, ['password must be at most 128 characters, got 129']],
  ])('rejects %j with every problem', (password, problems) => {
    expect(checkPasswordPolicy(password)).toEqual(problems);
  });

  it('counts code points, not UTF-16 units', () => {
    // Seven characters, one of them an emoji made of two UTF-16 units: still too short.
    expect(checkPasswordPolicy('Aa1bcd😀')).toEqual(['password must be at least 8 characters, got 7']);
    expect(checkPasswordPolicy(`Aa1${'😀'.repeat(125)}`)).toEqual([]);
  });
});
