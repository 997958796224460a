import type { IncomingMessage } from 'node:http';
import { parse as parseQuery, type ParsedUrlQuery } from 'node:querystring';

/**
 * Bodies larger than this are not read ahead; their request is counted without the fields. Token and activation
 * forms are a few hundred bytes (a signed client assertion a few KiB); oidc-provider's own ceiling is 56 KiB.
 */
export const PEEK_LIMIT_BYTES = 16 * 1024;

/**
 * Reads a form body ahead of oidc-provider and leaves it in the stream for the provider to read, byte for byte.
 *
 * The provider parses the raw stream itself (see `mountOidcProvider`), so the bytes go back with
 * `readable.unshift`, the stream API meant for "un-consuming" data that was pulled out optimistically. It must
 * happen before the stream emits `end`: the last chunk is read and the whole body is pushed back in the same
 * synchronous step, and Node checks for exactly that "one last unshift" before it ends a stream.
 *
 * Parsed as the provider will parse it (`querystring.parse` of the text decoded with the `charset` parameter), so
 * the fields a cap is keyed on are the fields the provider acts on; a repeated field is an array, as there.
 *
 * Returns `undefined`, leaving the stream untouched, when the body is not a form, has no `Content-Length`
 * (chunked), is larger than `PEEK_LIMIT_BYTES`, or cannot be decoded; and when the client stopped sending
 * before the declared length (the provider then fails the request as it would have).
 */
export async function peekFormBody(req: IncomingMessage): Promise<ParsedUrlQuery | undefined> {
  const [mediaType = '', ...parameters] = (req.headers['content-type'] ?? '').split(';');
  if (mediaType.trim().toLowerCase() !== 'application/x-www-form-urlencoded') return undefined;
  const declared = req.headers['content-length'];
  const length = declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : Number.NaN;
  if (!Number.isSafeInteger(length) || length > PEEK_LIMIT_BYTES || req.readableEncoding) return undefined;
  if (length === 0) return {};

  const body = await readAhead(req, length);
  if (!body) return undefined;
  const charset = parameters
    .map((parameter) => parameter.trim().split('='))
    .find(([name]) => name?.toLowerCase() === 'charset')?.[1]
    ?.replace(/^"(.*)"$/, '$1');
  try {
    return parseQuery(charset ? new TextDecoder(charset).decode(body) : body.toString());
  } catch {
    // An unknown charset: the provider refuses the body too.
    return undefined;
  }
}

/** Reads `length` bytes and pushes them back; `undefined` when the stream ended, failed or closed before that. */
async function readAhead(req: IncomingMessage, length: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let received = 0;
  while (received < length) {
    const chunk = req.read() as Buffer | null;
    if (chunk !== null) {
      chunks.push(chunk);
      received += chunk.length;
      continue;
    }
    if (!(await moreData(req))) {
      // Too late to give the bytes back once `end` was emitted; a client that stops short gets the provider's error.
      if (received > 0 && !req.readableEnded && !req.destroyed) req.unshift(Buffer.concat(chunks, received));
      return undefined;
    }
  }
  const body = Buffer.concat(chunks, received);
  req.unshift(body);
  return body;
}

/** Resolves `true` once there may be data to read, `false` once there never will be. */
function moreData(req: IncomingMessage): Promise<boolean> {
  if (req.readableEnded || req.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const settle = (more: boolean) => () => {
      req.off('readable', onReadable);
      req.off('end', onEnd);
      req.off('close', onEnd);
      req.off('error', onEnd);
      resolve(more);
    };
    const onReadable = settle(true);
    const onEnd = settle(false);
    req.on('readable', onReadable);
    req.on('end', onEnd);
    req.on('close', onEnd);
    req.on('error', onEnd);
  });
}
