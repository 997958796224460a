import { createHash } from 'node:crypto';
import type { ParsedCommand } from './parseCommandInput.js';

/**
 * Identifies "the same command" for the §8 debounce: user, target, type and canonical params (parseCommandInput
 * sorts the keys). Hashed so the key stays short whatever the params hold.
 */
export function debounceKey(userId: string, command: ParsedCommand): string {
  return createHash('sha256')
    .update(JSON.stringify([userId, command.targetDeviceId, command.type, command.params]))
    .digest('base64url');
}
