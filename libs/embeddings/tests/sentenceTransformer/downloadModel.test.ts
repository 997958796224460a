import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadModel, isModelCached } from '../../src/sentenceTransformer/downloadModel.js';
import type { PublishedFile } from '../../src/sentenceTransformer/publishedModel.js';

const published = (path: string, content: string): PublishedFile => ({ path, bytes: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex') });

/** A local HTTP server standing in for the model host; each path answers as the test's table says. */
const routes: Record<string, (res: ServerResponse) => void> = {
  '/good/vocab.txt': (res) => res.end('[PAD]\n[UNK]\n'),
  '/good/onnx/model.onnx': (res) => res.end('not really onnx'),
  '/tampered/vocab.txt': (res) => res.end('[PAD]\n[XXX]\n'),
  '/long/vocab.txt': (res) => {
    // No Content-Length, so only the streamed byte count can catch it.
    res.write('[PAD]\n[UNK]\n');
    res.end('and more');
  },
  '/silent/vocab.txt': () => undefined,
};

describe('downloadModel', () => {
  let server: Server;
  let base: string;
  const dirs: string[] = [];
  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'download-'));
    dirs.push(dir);
    return dir;
  };
  const files = [published('vocab.txt', '[PAD]\n[UNK]\n'), published('onnx/model.onnx', 'not really onnx')];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const route = routes[req.url ?? ''];
      if (route) route(res);
      else res.writeHead(404).end('missing');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('downloads every file into place when size and sha256 match', async () => {
    const dir = await tempDir();
    expect(await isModelCached(dir, files)).toBe(false);
    await downloadModel(dir, { baseUrl: `${base}/good/`, files });
    expect(await readFile(join(dir, 'onnx', 'model.onnx'), 'utf8')).toBe('not really onnx');
    expect(await isModelCached(dir, files)).toBe(true);
  });

  it('rejects a file whose sha256 differs, and leaves nothing behind', async () => {
    const dir = await tempDir();
    const error = await downloadModel(dir, { baseUrl: `${base}/tampered`, files: files.slice(0, 1) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CHECKSUM_MISMATCH', message: expect.stringMatching(/^vocab\.txt from .* has 12 bytes and sha256 [0-9a-f]{64}; published: 12 bytes, /) });
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects a file longer than published without reading it all', async () => {
    const dir = await tempDir();
    await expect(downloadModel(dir, { baseUrl: `${base}/long`, files: files.slice(0, 1) })).rejects.toMatchObject({
      code: 'CHECKSUM_MISMATCH',
      message: expect.stringContaining('is longer than the published 12 bytes'),
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports HTTP errors and connect timeouts as DOWNLOAD_FAILED', async () => {
    const dir = await tempDir();
    await expect(downloadModel(dir, { baseUrl: `${base}/nowhere`, files })).rejects.toMatchObject({ code: 'DOWNLOAD_FAILED', message: `${base}/nowhere/vocab.txt answered HTTP 404` });
    const started = Date.now();
    await expect(downloadModel(dir, { baseUrl: `${base}/silent`, files, connectTimeoutMs: 200 })).rejects.toMatchObject({
      code: 'DOWNLOAD_FAILED',
      message: `could not reach ${base}/silent/vocab.txt: timed out`,
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('uses an injected fetch, and does not fetch a file that is already in place', async () => {
    const dir = await tempDir();
    const requested: string[] = [];
    const fakeFetch = (async (url: string | URL | Request) => {
      requested.push(String(url));
      return new Response(String(url).endsWith('vocab.txt') ? '[PAD]\n[UNK]\n' : 'not really onnx');
    }) as typeof fetch;
    await downloadModel(dir, { baseUrl: 'https://mirror.invalid/m', files, fetch: fakeFetch });
    await downloadModel(dir, { baseUrl: 'https://mirror.invalid/m', files, fetch: fakeFetch });
    expect(requested).toEqual(['https://mirror.invalid/m/vocab.txt', 'https://mirror.invalid/m/onnx/model.onnx']);
  });
});
