import { randomUUID } from 'node:crypto';
import { formatHlc, HybridClock } from '@media-gateway/crdt';
import { channels } from '../channels.js';
import { CommandError, RealtimeError } from '../errors.js';
import type { CommandAck } from '../messages/CommandAck.js';
import type { PresenceStore } from '../presence/PresenceStore.js';
import type { PubSub } from '../pubsub/PubSub.js';
import { silentLogger, type RealtimeLogger } from '../RealtimeLogger.js';
import { checkTarget } from './checkTarget.js';
import type { CommandStore } from './CommandStore.js';
import { applyAck, commandAsOf, countRetry, expireCommand } from './commandStatus.js';
import { debounceKey } from './debounceKey.js';
import { ACK_STATUSES, COMMAND_TIMINGS, type AckStatus, type DeviceCommand } from './DeviceCommand.js';
import { MemoryCommandStore } from './MemoryCommandStore.js';
import { parseCommandInput, type SendCommandInput } from './parseCommandInput.js';
import { RedisCommandStore } from './RedisCommandStore.js';

export interface RemoteCommandsOptions {
  /** Commands go out on `channels.deviceCommands(userId, target)`, acks on `channels.devices(userId)`. */
  pubsub: PubSub;
  /** Whether the target is online, controllable and playing. */
  presence: PresenceStore;
  /** Command records in Redis when set (any replica can take the acknowledgement), else in memory. */
  redisUrl?: string | undefined;
  /** @default 'mg:rt:' */
  keyPrefix?: string;
  /** @default Date.now */
  now?: () => number;
  /** The HLC node id stamped on commands. @default 'server' */
  node?: string;
  logger?: RealtimeLogger;
}

export type SentCommand = DeviceCommand & { deduplicated: boolean };

/** Optimistic transitions retry on a concurrent write; more than this many in a row means something is wrong. */
const MAX_SWAP_ATTEMPTS = 25;

/**
 * Remote control (PRODUCT_SPEC §8): validation, debounce, expiry, the acknowledgement state machine, and delivery
 * over PubSub. Pub/sub is at most once, so while a command is PENDING the replica that sent it re-publishes it
 * (500·2^n ms, at most 3 retries, never after expiry) and the device dedupes by commandId. At expiry that replica
 * writes EXPIRED down and publishes it as a CommandAck, so the sender's UI hears "no answer" without polling.
 * Timers are unref'd and cleared on close(); a command whose replica dies just reads EXPIRED at its expiresAt.
 */
export class RemoteCommands {
  private readonly pubsub: PubSub;
  private readonly presence: PresenceStore;
  private readonly store: CommandStore;
  private readonly now: () => number;
  private readonly clock: HybridClock;
  private readonly logger: RealtimeLogger;
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(options: RemoteCommandsOptions) {
    if (!options?.pubsub) throw new TypeError('RemoteCommands: options.pubsub is required');
    if (!options.presence) throw new TypeError('RemoteCommands: options.presence is required');
    this.pubsub = options.pubsub;
    this.presence = options.presence;
    this.now = options.now ?? Date.now;
    this.clock = new HybridClock({ node: options.node ?? 'server', wallClock: this.now });
    this.logger = options.logger ?? silentLogger;
    this.store = options.redisUrl ? new RedisCommandStore(options.redisUrl, options.keyPrefix ?? 'mg:rt:') : new MemoryCommandStore(this.now);
  }

  /**
   * Throws CommandError: BAD_USER_INPUT (every problem in `problems`), DEVICE_OFFLINE, DEVICE_NOT_CONTROLLABLE,
   * NOTHING_PLAYING. An identical command (same user, target, type, params) within 1 s returns the first one, as it
   * reads now, with `deduplicated: true`, and sends nothing.
   */
  async send(userId: string, input: SendCommandInput): Promise<SentCommand> {
    this.checkOpen();
    const parsed = parseCommandInput(input);
    if (!parsed.ok) throw CommandError.badUserInput(parsed.problems);
    const { sourceDeviceId, targetDeviceId, type, params } = parsed.command;
    checkTarget(userId, targetDeviceId, type, await this.presence.get(userId, targetDeviceId));

    const issuedAt = this.now();
    const command: DeviceCommand = {
      commandId: randomUUID(),
      userId,
      sourceDeviceId,
      targetDeviceId,
      type,
      params,
      hlc: formatHlc(this.clock.now()),
      issuedAt,
      expiresAt: issuedAt + COMMAND_TIMINGS.expiresAfterMs,
      requiresAck: true,
      status: 'PENDING',
      statusAt: issuedAt,
      error: null,
      attempts: 1,
    };
    // The record goes in before the debounce claim, so whoever finds our id in the debounce key can read it.
    await this.store.insert(command, COMMAND_TIMINGS.recordTtlMs);
    const firstId = await this.store.claimDebounce(debounceKey(userId, parsed.command), command.commandId, COMMAND_TIMINGS.debounceMs);
    if (firstId !== null) {
      const first = await this.store.read(firstId);
      await this.store.delete(command.commandId);
      if (first) return { ...commandAsOf(first.command, this.now()), deduplicated: true };
    }

    await this.publish(channels.deviceCommands(userId, targetDeviceId), command);
    this.scheduleRetry(command.commandId, 0);
    this.later(command.expiresAt - issuedAt, () => this.expire(command.commandId));
    return { ...command, deduplicated: false };
  }

  /**
   * The target device reports progress: RECEIVED → EXECUTING → COMPLETED | FAILED, skipping allowed, never
   * backwards. A repeat of the current status returns the record unchanged. Throws CommandError NOT_FOUND (no such
   * command for this user, or `deviceId` is not its target), CONFLICT (expired, or backwards), BAD_USER_INPUT.
   * Each change is published as a CommandAck on `channels.devices(userId)`.
   */
  async acknowledge(userId: string, deviceId: string, commandId: string, status: AckStatus, error?: string | null): Promise<DeviceCommand> {
    this.checkOpen();
    if (!(ACK_STATUSES as readonly unknown[]).includes(status)) {
      throw CommandError.badUserInput([`status must be one of ${ACK_STATUSES.join(', ')}, got ${JSON.stringify(status)}`]);
    }
    const now = this.now();
    const result = await this.swap(commandId, (command) => {
      if (command.userId !== userId || command.targetDeviceId !== deviceId) throw notFound(commandId);
      return applyAck(command, status, error, now);
    });
    if (!result) throw notFound(commandId);
    if (result.changed) await this.publishAck(result.command);
    return commandAsOf(result.command, now);
  }

  /** The caller's command as it reads now (EXPIRED once past expiresAt unfinished), or null; kept ~60 s. */
  async get(userId: string, commandId: string): Promise<DeviceCommand | null> {
    this.checkOpen();
    if (typeof commandId !== 'string' || commandId.length === 0) return null;
    const stored = await this.store.read(commandId);
    if (!stored || stored.command.userId !== userId) return null;
    return commandAsOf(stored.command, this.now());
  }

  /** Stops retries and expiry timers and closes its own store connection; pubsub and presence belong to the caller. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.store.close();
  }

  private scheduleRetry(commandId: string, retry: number): void {
    if (retry >= COMMAND_TIMINGS.maxRetries) return;
    this.later(COMMAND_TIMINGS.retryBaseMs * 2 ** retry, async () => {
      const now = this.now();
      const result = await this.swap(commandId, (command) => countRetry(command, now));
      if (!result?.changed) return;
      await this.publish(channels.deviceCommands(result.command.userId, result.command.targetDeviceId), result.command);
      this.scheduleRetry(commandId, retry + 1);
    });
  }

  private async expire(commandId: string): Promise<void> {
    const now = this.now();
    const result = await this.swap(commandId, (command) => expireCommand(command, now));
    if (result?.changed) await this.publishAck(result.command);
  }

  /**
   * Read, compute, compare-and-set, until the write lands or `change` says there is nothing to write (null). Null
   * when there is no such record.
   */
  private async swap(commandId: string, change: (command: DeviceCommand) => DeviceCommand | null): Promise<{ command: DeviceCommand; changed: boolean } | null> {
    for (let attempt = 0; attempt < MAX_SWAP_ATTEMPTS; attempt++) {
      const stored = await this.store.read(commandId);
      if (!stored) return null;
      const next = change(stored.command);
      if (!next) return { command: stored.command, changed: false };
      if (await this.store.replace(stored, next)) return { command: next, changed: true };
    }
    throw new Error(`RemoteCommands: command ${commandId} kept changing under ${MAX_SWAP_ATTEMPTS} attempts to update it`);
  }

  private async publishAck(command: DeviceCommand): Promise<void> {
    const ack: CommandAck = { userId: command.userId, command };
    await this.publish(channels.devices(command.userId), ack);
  }

  /** Delivery is best effort (the record is the truth, retries re-send): a failed publish is logged, not thrown. */
  private async publish(channel: string, message: unknown): Promise<void> {
    try {
      await this.pubsub.publish(channel, message);
    } catch (error) {
      this.logger.warn({ channel, error }, 'realtime: could not publish a command message');
    }
  }

  private later(delayMs: number, task: () => Promise<void>): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.closed) return;
      task().catch((error: unknown) => this.logger.error({ error }, 'realtime: a command timer failed'));
    }, Math.max(0, delayMs));
    timer.unref();
    this.timers.add(timer);
  }

  private checkOpen(): void {
    if (this.closed) throw new RealtimeError('CLOSED', 'RemoteCommands is closed');
  }
}

function notFound(commandId: string): CommandError {
  return new CommandError('NOT_FOUND', `no command ${commandId} for this device`);
}
