import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHlc } from '@media-gateway/crdt';
import { channels, CommandError, type CommandAck, type DeviceCommand } from '@media-gateway/realtime';
import { OTHER_USER, putDevicesOnline, record, TITLE, USER, type CommandsHarness } from './remoteCommandsHarness.js';

/**
 * The behaviour RemoteCommands must have whatever its stores are. Time is the injected clock, so expiry needs no
 * waiting; the debounce window and retries run on real timers and are tested on memory with fake timers.
 */
export function remoteCommandsContract(name: string, create: () => Promise<CommandsHarness>, options: { skip?: string } = {}): void {
  describe.skipIf(Boolean(options.skip))(`RemoteCommands contract: ${name}`, () => {
    let h: CommandsHarness;

    beforeEach(async () => {
      h = await create();
      await putDevicesOnline(h.presence);
    });
    afterEach(async () => h?.dispose());

    it("sends a PENDING command to the target's channel and keeps it readable", async () => {
      const delivered = await record(h.pubsub, channels.deviceCommands(USER, 'tv'));
      const issuedAt = h.clock.now();
      const sent = await h.commands.send(USER, { sourceDeviceId: 'phone', targetDeviceId: 'tv', type: 'SEEK', params: { positionSeconds: 90 } });
      expect(sent).toEqual({
        commandId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        userId: USER,
        sourceDeviceId: 'phone',
        targetDeviceId: 'tv',
        type: 'SEEK',
        params: { positionSeconds: 90 },
        hlc: expect.any(String),
        issuedAt,
        expiresAt: issuedAt + 5_000,
        requiresAck: true,
        status: 'PENDING',
        statusAt: issuedAt,
        error: null,
        attempts: 1,
        deduplicated: false,
      });
      expect(parseHlc(sent.hlc)).toMatchObject({ physical: issuedAt, node: 'server' });
      const { deduplicated: _, ...command } = sent;
      await vi.waitFor(() => expect(delivered.messages[0]).toEqual(command));
      expect(await h.commands.get(USER, sent.commandId)).toEqual(command);
      await delivered.stop();
    });

    it('refuses malformed commands with every problem listed', async () => {
      const error = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'SET_VOLUME', params: { level: 200, muted: true } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CommandError);
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: ['params.muted is not a parameter of SET_VOLUME', 'params.level must be an integer from 0 to 100, got 200'],
      });
    });

    it('refuses a target that is offline, or online for another user only, as DEVICE_OFFLINE', async () => {
      await putDevicesOnline(h.presence, OTHER_USER);
      await expect(h.commands.send(USER, { targetDeviceId: 'car', type: 'PAUSE' })).rejects.toMatchObject({ code: 'DEVICE_OFFLINE', message: 'device car is offline' });
      await h.presence.remove(USER, 'tv');
      await expect(h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' })).rejects.toMatchObject({ code: 'DEVICE_OFFLINE' });
    });

    it('refuses a target that cannot be controlled, or cannot receive a cast, as DEVICE_NOT_CONTROLLABLE', async () => {
      await expect(h.commands.send(USER, { targetDeviceId: 'web', type: 'SET_VOLUME', params: { level: 3 } })).rejects.toMatchObject({
        code: 'DEVICE_NOT_CONTROLLABLE',
        message: 'device web is not remote-controllable',
      });
      await expect(h.commands.send(USER, { targetDeviceId: 'web', type: 'CAST', params: { titleId: TITLE } })).rejects.toMatchObject({
        code: 'DEVICE_NOT_CONTROLLABLE',
        message: 'device web cannot receive a cast',
      });
    });

    it('refuses PLAY/PAUSE/STOP/SEEK when nothing plays, and lets the rest through', async () => {
      for (const type of ['PLAY', 'PAUSE', 'STOP'] as const) {
        await expect(h.commands.send(USER, { targetDeviceId: 'phone', type })).rejects.toMatchObject({ code: 'NOTHING_PLAYING' });
      }
      await expect(h.commands.send(USER, { targetDeviceId: 'phone', type: 'SEEK', params: { positionSeconds: 1 } })).rejects.toMatchObject({
        code: 'NOTHING_PLAYING',
        message: 'SEEK needs device phone to be playing something; it is BROWSING',
      });
      await expect(h.commands.send(USER, { targetDeviceId: 'phone', type: 'LOAD', params: { titleId: TITLE } })).resolves.toMatchObject({ status: 'PENDING' });
      await expect(h.commands.send(USER, { targetDeviceId: 'phone', type: 'MUTE', params: { muted: true } })).resolves.toMatchObject({ status: 'PENDING' });
      await expect(h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' })).resolves.toMatchObject({ status: 'PENDING' });
    });

    it('debounces an identical command into the first one, sending it once', async () => {
      const delivered = await record(h.pubsub, channels.deviceCommands(USER, 'tv'));
      const first = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'SEEK', params: { positionSeconds: 30 } });
      const again = await h.commands.send(USER, { sourceDeviceId: 'phone', targetDeviceId: 'tv', type: 'SEEK', params: { positionSeconds: 30, titleId: null } });
      expect(again).toMatchObject({ commandId: first.commandId, deduplicated: true, sourceDeviceId: null });
      const other = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'SEEK', params: { positionSeconds: 31 } });
      expect(other).toMatchObject({ deduplicated: false });
      expect(other.commandId).not.toBe(first.commandId);
      await vi.waitFor(() => expect(delivered.messages.length).toBeGreaterThanOrEqual(2));
      // Retries may re-deliver; what matters is that only two distinct commands went out.
      expect(new Set(delivered.messages.map((m) => (m as DeviceCommand).commandId))).toEqual(new Set([first.commandId, other.commandId]));
      await delivered.stop();
    });

    it('takes RECEIVED → EXECUTING → COMPLETED from the target, publishing each as a CommandAck', async () => {
      const acks = await record(h.pubsub, channels.devices(USER));
      const sent = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
      h.clock.advance(100);
      expect(await h.commands.acknowledge(USER, 'tv', sent.commandId, 'RECEIVED')).toMatchObject({ status: 'RECEIVED', statusAt: sent.issuedAt + 100 });
      h.clock.advance(100);
      await h.commands.acknowledge(USER, 'tv', sent.commandId, 'EXECUTING');
      const completed = await h.commands.acknowledge(USER, 'tv', sent.commandId, 'COMPLETED');
      expect(completed).toMatchObject({ status: 'COMPLETED', statusAt: sent.issuedAt + 200, error: null });
      // A repeat answers with the record and publishes nothing.
      expect(await h.commands.acknowledge(USER, 'tv', sent.commandId, 'COMPLETED')).toEqual(completed);
      await vi.waitFor(() => expect(acks.messages).toHaveLength(3));
      expect((acks.messages as CommandAck[]).map((ack) => [ack.userId, ack.command.commandId, ack.command.status])).toEqual([
        [USER, sent.commandId, 'RECEIVED'],
        [USER, sent.commandId, 'EXECUTING'],
        [USER, sent.commandId, 'COMPLETED'],
      ]);
      expect(await h.commands.get(USER, sent.commandId)).toEqual(completed);
      await acks.stop();
    });

    it('lets the target skip ahead and report a failure with its reason', async () => {
      const sent = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'SET_QUALITY', params: { quality: 'UHD' } });
      expect(await h.commands.acknowledge(USER, 'tv', sent.commandId, 'FAILED', 'display is HD only')).toMatchObject({ status: 'FAILED', error: 'display is HD only' });
    });

    it('refuses a backwards or second final acknowledgement as CONFLICT', async () => {
      const sent = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'STOP' });
      await h.commands.acknowledge(USER, 'tv', sent.commandId, 'EXECUTING');
      await expect(h.commands.acknowledge(USER, 'tv', sent.commandId, 'RECEIVED')).rejects.toMatchObject({
        code: 'CONFLICT',
        message: `command ${sent.commandId} is EXECUTING; it cannot become RECEIVED`,
      });
      await h.commands.acknowledge(USER, 'tv', sent.commandId, 'COMPLETED');
      await expect(h.commands.acknowledge(USER, 'tv', sent.commandId, 'FAILED')).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('lets only the target device of the same user acknowledge, or read, a command', async () => {
      const sent = await h.commands.send(USER, { sourceDeviceId: 'phone', targetDeviceId: 'tv', type: 'PAUSE' });
      await expect(h.commands.acknowledge(USER, 'phone', sent.commandId, 'RECEIVED')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(h.commands.acknowledge(OTHER_USER, 'tv', sent.commandId, 'RECEIVED')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(h.commands.acknowledge(USER, 'tv', 'no-such-command', 'RECEIVED')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await h.commands.get(OTHER_USER, sent.commandId)).toBeNull();
      expect(await h.commands.get(USER, 'no-such-command')).toBeNull();
      expect(await h.commands.get(USER, sent.commandId)).toMatchObject({ status: 'PENDING' });
    });

    it('reads an unacknowledged command as EXPIRED from expiresAt on, and refuses late acknowledgements', async () => {
      const sent = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
      const received = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'STOP' });
      const done = await h.commands.send(USER, { targetDeviceId: 'tv', type: 'SET_VOLUME', params: { level: 10 } });
      await h.commands.acknowledge(USER, 'tv', received.commandId, 'RECEIVED');
      await h.commands.acknowledge(USER, 'tv', done.commandId, 'COMPLETED');
      h.clock.advance(4_999);
      expect(await h.commands.get(USER, sent.commandId)).toMatchObject({ status: 'PENDING' });
      h.clock.advance(1);
      expect(await h.commands.get(USER, sent.commandId)).toMatchObject({ status: 'EXPIRED', statusAt: sent.expiresAt });
      expect(await h.commands.get(USER, received.commandId)).toMatchObject({ status: 'EXPIRED' });
      await expect(h.commands.acknowledge(USER, 'tv', sent.commandId, 'RECEIVED')).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/expired at/) });
      await expect(h.commands.acknowledge(USER, 'tv', received.commandId, 'COMPLETED')).rejects.toMatchObject({ code: 'CONFLICT' });
      // A finished command stays as it finished, and a repeat of its final ack is still answered.
      expect(await h.commands.get(USER, done.commandId)).toMatchObject({ status: 'COMPLETED' });
      expect(await h.commands.acknowledge(USER, 'tv', done.commandId, 'COMPLETED')).toMatchObject({ status: 'COMPLETED' });
    });

    it('refuses work after close', async () => {
      await h.commands.close();
      await expect(h.commands.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' })).rejects.toMatchObject({ code: 'CLOSED' });
      await expect(h.commands.get(USER, 'x')).rejects.toMatchObject({ code: 'CLOSED' });
    });
  });
}
