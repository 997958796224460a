import type { Readable, Writable } from 'node:stream';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpBridge } from './createMcpBridge.js';
import type { McpBridgeOptions } from './config/McpBridgeOptions.js';
import type { SessionToken } from './auth/callerOf.js';

export interface StdioBridgeOptions extends McpBridgeOptions {
  /**
   * The bearer token every call is made with (the bin reads `MEDIA_GATEWAY_TOKEN`), or a function asked for it on
   * each call (the CLI passes its refreshing session); anonymous without one.
   */
  token?: SessionToken;
  /** @default process.stdin */
  stdin?: Readable;
  /** @default process.stdout */
  stdout?: Writable;
}

/**
 * Serves the bridge over stdio (one JSON-RPC message per line) until stdin closes. stdout is the protocol: logs go
 * to stderr (the default logger does).
 */
export async function runStdioBridge(options: StdioBridgeOptions): Promise<void> {
  const { token, stdin = process.stdin, stdout = process.stdout, ...bridgeOptions } = options;
  const bridge = await createMcpBridge(bridgeOptions);
  const server = bridge.createServer(token ? { token } : {});
  const transport = new StdioServerTransport(stdin, stdout);
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    stdin.once('end', resolve);
    stdin.once('close', resolve);
    // EPIPE: the client went away; there is no one left to answer.
    stdout.once('error', resolve);
  });
  await server.connect(transport);
  try {
    await closed;
  } finally {
    await bridge.close();
  }
}
