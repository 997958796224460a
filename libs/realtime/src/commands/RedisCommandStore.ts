import { Redis } from 'ioredis';
import { LuaScript } from '../lib/LuaScript.js';
import type { CommandStore, StoredCommand } from './CommandStore.js';
import type { DeviceCommand } from './DeviceCommand.js';

// Compare-and-set: the record is replaced only if it is still byte for byte what the caller read.
const REPLACE = new LuaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
return 1
`);

// SET NX PX that also says who holds the key, in one step (SET NX GET needs Redis 7).
const CLAIM_DEBOUNCE = new LuaScript(`
local held = redis.call('GET', KEYS[1])
if held then return held end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
`);

/** Command records as `<prefix>cmd:<id>` (JSON, PX ttl) and debounce keys as `<prefix>cmd-debounce:<hash>`. */
export class RedisCommandStore implements CommandStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly keyPrefix: string,
  ) {
    // RemoteCommands is built synchronously, so this client connects in the background and queues commands until it
    // is up; one retry per command keeps a Redis outage from hanging a request.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1 });
    this.redis.on('error', () => {
      // Failures surface on the commands themselves.
    });
  }

  async insert(command: DeviceCommand, ttlMs: number): Promise<void> {
    await this.redis.set(this.recordKey(command.commandId), JSON.stringify(command), 'PX', Math.ceil(ttlMs));
  }

  async read(commandId: string): Promise<StoredCommand | null> {
    const json = await this.redis.get(this.recordKey(commandId));
    return json === null ? null : { command: JSON.parse(json) as DeviceCommand, version: json };
  }

  async replace(current: StoredCommand, next: DeviceCommand): Promise<boolean> {
    const replaced = await REPLACE.run(this.redis, [this.recordKey(current.command.commandId)], [current.version, JSON.stringify(next)]);
    return replaced === 1;
  }

  async delete(commandId: string): Promise<void> {
    await this.redis.del(this.recordKey(commandId));
  }

  async claimDebounce(key: string, commandId: string, windowMs: number): Promise<string | null> {
    const held = await CLAIM_DEBOUNCE.run(this.redis, [`${this.keyPrefix}cmd-debounce:${key}`], [commandId, Math.ceil(windowMs)]);
    return typeof held === 'string' ? held : null;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private recordKey(commandId: string): string {
    return `${this.keyPrefix}cmd:${commandId}`;
  }
}
