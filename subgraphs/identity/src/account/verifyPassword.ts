import { verify } from '@node-rs/argon2';

/**
 * Whether `password` matches a stored argon2 PHC string. The parameters are read from the stored string, so hashes
 * made under older parameters keep verifying (see `passwordNeedsRehash`). A malformed stored hash throws: it is a
 * data bug to surface, and a throw still denies the login (§15 "deny on error").
 */
export function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  return verify(storedHash, password.normalize('NFKC'));
}
