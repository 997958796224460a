import type { Command } from 'commander';
import { operations } from '@media-gateway/sdk';
import type { RunCommand } from '../createProgram.js';
import { formatDevices } from '../output/formatDevices.js';
import { formatTable } from '../output/formatTable.js';

export function registerDevicesCommand(program: Command, run: RunCommand): void {
  const devices = program.command('devices').description('your devices: list, rename, remove');

  devices
    .command('list')
    .alias('ls')
    .description('every device with its live presence (* = this CLI)')
    .action((_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        await ctx.requireSignIn();
        const { devices: list } = await ctx.client().request(operations.Devices, {}, { signal: ctx.signal });
        ctx.output.result(list, () => formatDevices(list, ctx.settings.device));
      }),
    );

  devices
    .command('rename')
    .description('give a device a new name')
    .argument('<id>', 'device id (from devices list)')
    .argument('<name>', 'new name, 1–64 characters')
    .action((id: string, name: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        await ctx.requireSignIn();
        const { renameDevice } = await ctx.client().request(operations.RenameDevice, { id, name }, { signal: ctx.signal });
        ctx.output.result(renameDevice, () => formatTable(['ID', 'NAME'], [[renameDevice.id, renameDevice.name]]));
      }),
    );

  devices
    .command('remove')
    .alias('rm')
    .description('remove a device (it must sign in and register again to sync)')
    .argument('<id>', 'device id (from devices list)')
    .action((id: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        await ctx.requireSignIn();
        // Answers true or fails (NOT_FOUND for an unknown id or another user's device).
        await ctx.client().request(operations.RemoveDevice, { id }, { signal: ctx.signal });
        // Removing this CLI's own registration: forget it, so the next watchlist change registers afresh.
        if (id === ctx.settings.device) await ctx.config.set(ctx.settings.profileName, 'device', undefined);
        ctx.output.result({ removed: id }, () => `Removed device ${id}.`);
      }),
    );
}
