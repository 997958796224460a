import type { EventHandler, SubscribeOptions } from '../EventBus.js';

/** Caller misuse of `subscribe` is a TypeError naming the option, the same for every bus. */
export function validateSubscribeOptions(owner: string, options: SubscribeOptions, handler: EventHandler<never>): void {
  if (typeof options?.group !== 'string' || !/^[A-Za-z0-9._-]{1,200}$/.test(options.group)) {
    throw new TypeError(`${owner}.subscribe: \`group\` must be 1-200 characters of letters, digits, ".", "_" or "-", got ${JSON.stringify(options?.group)}`);
  }
  if (!Array.isArray(options.types) || options.types.length === 0 || options.types.some((t) => typeof t !== 'string' || t === '')) {
    throw new TypeError(`${owner}.subscribe: \`types\` must be a non-empty array of event types`);
  }
  const from = options.replay?.fromSequence ?? {};
  for (const [source, sequence] of Object.entries(from)) {
    if (!Number.isSafeInteger(sequence) || sequence < 0) {
      throw new TypeError(`${owner}.subscribe: \`replay.fromSequence.${source}\` must be a non-negative integer, got ${sequence}`);
    }
  }
  if (typeof handler !== 'function') throw new TypeError(`${owner}.subscribe: \`handler\` must be a function`);
}
