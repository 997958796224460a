import type { RealtimeLogger } from '../RealtimeLogger.js';

type Listener = (message: unknown) => void;

/**
 * The listeners of each channel, shared by both PubSub adapters: delivery parses the JSON once per listener (each
 * gets its own copy, as it would from another process) and a throwing listener is logged without stopping the rest.
 */
export class Listeners {
  private readonly byChannel = new Map<string, Set<Listener>>();

  constructor(private readonly logger: RealtimeLogger) {}

  /** Returns true when this is the channel's first listener. */
  add(channel: string, listener: Listener): boolean {
    const set = this.byChannel.get(channel);
    if (set) {
      set.add(listener);
      return false;
    }
    this.byChannel.set(channel, new Set([listener]));
    return true;
  }

  /** Returns true when that was the channel's last listener. */
  delete(channel: string, listener: Listener): boolean {
    const set = this.byChannel.get(channel);
    if (!set || !set.delete(listener)) return false;
    if (set.size > 0) return false;
    this.byChannel.delete(channel);
    return true;
  }

  has(channel: string): boolean {
    return this.byChannel.has(channel);
  }

  deliver(channel: string, json: string): void {
    const set = this.byChannel.get(channel);
    if (!set) return;
    // A snapshot: a listener may unsubscribe itself or others while we go round.
    for (const listener of [...set]) {
      if (!set.has(listener)) continue;
      let message: unknown;
      try {
        message = JSON.parse(json);
      } catch (error) {
        this.logger.warn({ channel, error }, 'realtime: dropped a message that is not JSON');
        return;
      }
      try {
        listener(message);
      } catch (error) {
        this.logger.error({ channel, error }, 'realtime: a subscriber threw while handling a message');
      }
    }
  }

  clear(): void {
    this.byChannel.clear();
  }
}
