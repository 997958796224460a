import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, COMMAND_TIMINGS, MemoryPresenceStore, MemoryPubSub, RemoteCommands, type CommandAck, type CommandStatus, type DeviceCommand } from '@media-gateway/realtime';
import { fakeClock, putDevicesOnline, record, USER, type CommandsHarness } from './remoteCommandsHarness.js';
import { remoteCommandsContract } from './remoteCommandsContract.js';

async function memoryHarness(options: { now?: () => number; node?: string } = {}): Promise<CommandsHarness> {
  const clock = fakeClock(Date.now());
  const pubsub = new MemoryPubSub();
  const presence = new MemoryPresenceStore();
  const commands = new RemoteCommands({ pubsub, presence, now: options.now ?? clock.now, node: options.node });
  return { commands, pubsub, presence, clock, dispose: () => Promise.all([commands.close(), pubsub.close(), presence.close()]).then(() => {}) };
}

remoteCommandsContract('memory', () => memoryHarness());

describe('RemoteCommands (memory)', () => {
  let h: CommandsHarness;

  beforeEach(async () => {
    h = await memoryHarness();
    await putDevicesOnline(h.presence);
  });
  afterEach(async () => h.dispose());

  /** Sends a command and acknowledges it up to `status`. */
  async function commandAt(status: CommandStatus): Promise<DeviceCommand> {
    const sent = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'SEEK', params: { positionSeconds: Math.random() * 1000 } });
    if (status === 'PENDING') return sent;
    return h.commands.acknowledge(USER, 'tv', sent.commandId, status as Exclude<CommandStatus, 'PENDING' | 'EXPIRED'>);
  }

  describe('the acknowledgement state machine', () => {
    it.each([
      ['PENDING', 'RECEIVED'],
      ['PENDING', 'EXECUTING'],
      ['PENDING', 'COMPLETED'],
      ['PENDING', 'FAILED'],
      ['RECEIVED', 'EXECUTING'],
      ['RECEIVED', 'COMPLETED'],
      ['RECEIVED', 'FAILED'],
      ['EXECUTING', 'COMPLETED'],
      ['EXECUTING', 'FAILED'],
    ] as const)('moves %s → %s', async (from, to) => {
      const command = await commandAt(from);
      h.clock.advance(10);
      expect(await h.commands.acknowledge(USER, 'tv', command.commandId, to)).toMatchObject({ status: to, statusAt: h.clock.now() });
    });

    it.each(['RECEIVED', 'EXECUTING', 'COMPLETED', 'FAILED'] as const)('answers a repeated %s with the record, unchanged', async (status) => {
      const command = await commandAt(status);
      h.clock.advance(10);
      expect(await h.commands.acknowledge(USER, 'tv', command.commandId, status)).toEqual(command);
    });

    it.each([
      ['EXECUTING', 'RECEIVED'],
      ['COMPLETED', 'RECEIVED'],
      ['COMPLETED', 'EXECUTING'],
      ['COMPLETED', 'FAILED'],
      ['FAILED', 'COMPLETED'],
    ] as const)('refuses %s → %s as CONFLICT', async (from, to) => {
      const command = await commandAt(from);
      await expect(h.commands.acknowledge(USER, 'tv', command.commandId, to)).rejects.toMatchObject({
        code: 'CONFLICT',
        message: `command ${command.commandId} is ${from}; it cannot become ${to}`,
      });
    });

    it('refuses a repeat of an unfinished status once expired', async () => {
      const command = await commandAt('RECEIVED');
      h.clock.advance(COMMAND_TIMINGS.expiresAfterMs);
      await expect(h.commands.acknowledge(USER, 'tv', command.commandId, 'RECEIVED')).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('keeps the error only for FAILED, capped at 1000 characters', async () => {
      const failed = await commandAt('EXECUTING');
      expect((await h.commands.acknowledge(USER, 'tv', failed.commandId, 'FAILED', 'x'.repeat(5_000))).error).toHaveLength(1_000);
      const completed = await commandAt('EXECUTING');
      expect((await h.commands.acknowledge(USER, 'tv', completed.commandId, 'COMPLETED', 'ignored')).error).toBeNull();
    });

    it('refuses an unknown status as BAD_USER_INPUT', async () => {
      const command = await commandAt('PENDING');
      await expect(h.commands.acknowledge(USER, 'tv', command.commandId, 'PENDING' as never)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: ['status must be one of RECEIVED, EXECUTING, COMPLETED, FAILED, got "PENDING"'],
      });
    });
  });

  describe('debounce', () => {
    it('is one second long, by the injected clock', async () => {
      const input = { targetDeviceId: 'tv', type: 'SEEK', params: { positionSeconds: 5 } } as const;
      const first = await h.commands.send(USER, input);
      h.clock.advance(COMMAND_TIMINGS.debounceMs - 1);
      expect(await h.commands.send(USER, input)).toMatchObject({ commandId: first.commandId, deduplicated: true });
      h.clock.advance(1);
      const later = await h.commands.send(USER, input);
      expect(later).toMatchObject({ deduplicated: false });
      expect(later.commandId).not.toBe(first.commandId);
    });

    it('answers with the first command as it reads now', async () => {
      const input = { targetDeviceId: 'tv', type: 'PAUSE' } as const;
      const first = await h.commands.send(USER, input);
      await h.commands.acknowledge(USER, 'tv', first.commandId, 'EXECUTING');
      expect(await h.commands.send(USER, input)).toMatchObject({ commandId: first.commandId, status: 'EXECUTING', deduplicated: true });
    });

    it('tells apart targets, types and params, and params in any order are the same', async () => {
      const base = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'LOAD', params: { titleId: '6f1c1e0e-8d4b-4c8e-9a53-2f9f0f4f1a11', positionSeconds: 3 } });
      const reordered = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'LOAD', params: { positionSeconds: 3, titleId: '6f1c1e0e-8d4b-4c8e-9a53-2f9f0f4f1a11' } });
      expect(reordered.commandId).toBe(base.commandId);
      const cast = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'CAST', params: { titleId: '6f1c1e0e-8d4b-4c8e-9a53-2f9f0f4f1a11', positionSeconds: 3 } });
      const phone = await h.commands.send(USER, { targetDeviceId: 'phone', type: 'LOAD', params: { titleId: '6f1c1e0e-8d4b-4c8e-9a53-2f9f0f4f1a11', positionSeconds: 3 } });
      expect(new Set([base.commandId, cast.commandId, phone.commandId]).size).toBe(3);
    });

    it('does not debounce a refused command', async () => {
      await expect(h.commands.send(USER, { targetDeviceId: 'phone', type: 'PAUSE' })).rejects.toMatchObject({ code: 'NOTHING_PLAYING' });
      await h.presence.beat({ ...(await h.presence.get(USER, 'phone'))!, state: 'WATCHING' }, 60_000);
      expect(await h.commands.send(USER, { targetDeviceId: 'phone', type: 'PAUSE' })).toMatchObject({ deduplicated: false });
    });
  });

  it('stamps hlc from its node, increasing even within one millisecond', async () => {
    const tv = await memoryHarness({ node: 'sync-1' });
    await putDevicesOnline(tv.presence);
    const a = await tv.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    const b = await tv.commands.send(USER, { targetDeviceId: 'tv', type: 'STOP' });
    expect(a.hlc).toMatch(/-sync-1$/);
    expect(a.hlc < b.hlc).toBe(true);
    await tv.dispose();
  });
});

describe('RemoteCommands (memory) delivery timers', () => {
  let h: CommandsHarness;

  beforeEach(async () => {
    // Date is faked too, so Date.now (the default clock) moves with the timers.
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    h = await memoryHarness({ now: Date.now });
    await putDevicesOnline(h.presence);
  });
  afterEach(async () => {
    await h.dispose();
    vi.useRealTimers();
  });

  const attemptsOf = (messages: unknown[]) => (messages as DeviceCommand[]).map((m) => m.attempts);

  it('re-sends a PENDING command 500·2^n ms after each delivery, at most 3 times, before it expires', async () => {
    const delivered = await record(h.pubsub, channels.deviceCommands(USER, 'tv'));
    const sent = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    expect(attemptsOf(delivered.messages)).toEqual([1]);
    await vi.advanceTimersByTimeAsync(499);
    expect(attemptsOf(delivered.messages)).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1); // +500
    expect(attemptsOf(delivered.messages)).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1_000); // +1500
    expect(attemptsOf(delivered.messages)).toEqual([1, 2, 3]);
    await vi.advanceTimersByTimeAsync(2_000); // +3500
    expect(attemptsOf(delivered.messages)).toEqual([1, 2, 3, 4]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attemptsOf(delivered.messages)).toEqual([1, 2, 3, 4]);
    expect(new Set((delivered.messages as DeviceCommand[]).map((m) => m.commandId))).toEqual(new Set([sent.commandId]));
    expect(await h.commands.get(USER, sent.commandId)).toMatchObject({ attempts: 4, status: 'EXPIRED' });
  });

  it('never re-sends after expiry, even when a retry timer fires late', async () => {
    const late = await memoryHarness(); // its own clock, which we move past expiry before any timer runs
    await putDevicesOnline(late.presence);
    const delivered = await record(late.pubsub, channels.deviceCommands(USER, 'tv'));
    await late.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    late.clock.advance(COMMAND_TIMINGS.expiresAfterMs);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attemptsOf(delivered.messages)).toEqual([1]);
    await late.dispose();
  });

  it('stops re-sending once the target has acknowledged', async () => {
    const delivered = await record(h.pubsub, channels.deviceCommands(USER, 'tv'));
    const sent = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    await vi.advanceTimersByTimeAsync(500);
    await h.commands.acknowledge(USER, 'tv', sent.commandId, 'RECEIVED');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attemptsOf(delivered.messages)).toEqual([1, 2]);
  });

  it('writes EXPIRED down at expiresAt and publishes it once, unless the command finished', async () => {
    const acks = await record(h.pubsub, channels.devices(USER));
    const unanswered = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    const answered = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'STOP' });
    await h.commands.acknowledge(USER, 'tv', answered.commandId, 'COMPLETED');
    await vi.advanceTimersByTimeAsync(COMMAND_TIMINGS.expiresAfterMs - 1);
    expect((acks.messages as CommandAck[]).map((a) => a.command.status)).toEqual(['COMPLETED']);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect((acks.messages as CommandAck[]).map((a) => [a.command.commandId, a.command.status])).toEqual([
      [answered.commandId, 'COMPLETED'],
      [unanswered.commandId, 'EXPIRED'],
    ]);
    expect((acks.messages as CommandAck[])[1]!.command).toMatchObject({ statusAt: unanswered.expiresAt });
  });

  it('sends nothing more after close()', async () => {
    const delivered = await record(h.pubsub, channels.deviceCommands(USER, 'tv'), channels.devices(USER));
    await h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    await h.commands.close();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(delivered.messages).toHaveLength(1);
  });

  it('forgets a command after its record ttl', async () => {
    const sent = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    await vi.advanceTimersByTimeAsync(COMMAND_TIMINGS.recordTtlMs - 1);
    expect(await h.commands.get(USER, sent.commandId)).toMatchObject({ status: 'EXPIRED' });
    await vi.advanceTimersByTimeAsync(1);
    expect(await h.commands.get(USER, sent.commandId)).toBeNull();
  });

  it('logs, and still records the command, when publishing fails', async () => {
    const warnings: unknown[] = [];
    const failing = new MemoryPubSub();
    failing.publish = () => Promise.reject(new Error('broker down'));
    const commands = new RemoteCommands({ pubsub: failing, presence: h.presence, logger: { warn: (obj) => warnings.push(obj), error() {} } });
    const sent = await commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    expect(await commands.get(USER, sent.commandId)).toMatchObject({ status: 'PENDING' });
    expect(warnings).toEqual([expect.objectContaining({ channel: channels.deviceCommands(USER, 'tv') })]);
    await commands.close();
  });
});
