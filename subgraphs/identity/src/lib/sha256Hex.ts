import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of a UTF-8 string: how tokens and API keys are stored (§6: never the raw value). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
