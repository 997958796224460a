import type { Response } from 'express';

/** An HTTP answer carrying a JSON-RPC error with no request id, as the MCP transport itself answers. */
export function jsonRpcError(res: Response, status: number, code: number, message: string, data?: unknown): void {
  res.status(status).json({ jsonrpc: '2.0', error: { code, message, ...(data === undefined ? {} : { data }) }, id: null });
}
