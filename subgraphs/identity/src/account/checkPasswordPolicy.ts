export const PASSWORD_MIN_LENGTH = 8;
/**
 * Argon2 accepts any length, but an unbounded password is a cheap way to make the server hash megabytes per
 * request. 128 leaves room for passphrases and password-manager output.
 */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Every way `password` falls short of §6 ("≥ 8 chars with upper, lower and digit"); empty when it passes.
 * Length counts Unicode code points, not UTF-16 units, so an emoji is one character. Upper, lower and digit use
 * Unicode categories (Lu, Ll, Nd): a user typing "Ünïcødé9" meets the rule as well as "Password9" does.
 */
export function checkPasswordPolicy(password: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`password must be at least ${PASSWORD_MIN_LENGTH} characters, got ${length}`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`password must be at most ${PASSWORD_MAX_LENGTH} characters, got ${length}`);
  if (!/\p{Lu}/u.test(password)) problems.push('password must contain an upper-case letter');
  if (!/\p{Ll}/u.test(password)) problems.push('password must contain a lower-case letter');
  if (!/\p{Nd}/u.test(password)) problems.push('password must contain a digit');
  return problems;
}
