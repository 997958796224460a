import { RealtimeError } from '../errors.js';
import { silentLogger, type RealtimeLogger } from '../RealtimeLogger.js';
import { checkChannel, encodeMessage } from './encodeMessage.js';
import { Listeners } from './Listeners.js';
import type { PubSub } from './PubSub.js';

/**
 * In-process fan-out for embedded mode. Delivery happens inside `publish`, before it resolves: one process has no
 * network in between, and it keeps tests free of waits.
 */
export class MemoryPubSub implements PubSub {
  readonly kind = 'memory' as const;
  private readonly listeners: Listeners;
  private closed = false;

  constructor(logger: RealtimeLogger = silentLogger) {
    this.listeners = new Listeners(logger);
  }

  async publish(channel: string, message: unknown): Promise<void> {
    const json = encodeMessage(channel, message);
    this.checkOpen();
    this.listeners.deliver(channel, json);
  }

  async subscribe(channel: string, onMessage: (message: unknown) => void): Promise<() => Promise<void>> {
    checkChannel(channel);
    this.checkOpen();
    // A fresh function per subscription, so subscribing the same callback twice gives two independent subscriptions.
    const listener = (message: unknown) => onMessage(message);
    this.listeners.add(channel, listener);
    return async () => {
      this.listeners.delete(channel, listener);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
  }

  private checkOpen(): void {
    if (this.closed) throw new RealtimeError('CLOSED', 'the PubSub is closed');
  }
}
