/** The wire form of a message; a value JSON cannot carry is caller misuse. */
export function encodeMessage(channel: string, message: unknown): string {
  checkChannel(channel);
  const json = JSON.stringify(message);
  if (json === undefined) throw new TypeError(`message for ${channel} is not a JSON value: ${typeof message}`);
  return json;
}

export function checkChannel(channel: string): void {
  if (typeof channel !== 'string' || channel.length === 0) throw new TypeError(`channel must be a non-empty string, got ${JSON.stringify(channel)}`);
}
