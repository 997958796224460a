import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EmbeddingError } from '../errors.js';
import type { PublishedFile } from './publishedModel.js';

export interface DownloadModelOptions {
  /** URL the file paths are resolved against (no trailing slash needed). */
  baseUrl: string;
  files: readonly PublishedFile[];
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** How long to wait for response headers before giving up; short, so an offline start is not held up. @default 5000 */
  connectTimeoutMs?: number;
  /** How long the body may go without a byte before the download is abandoned. @default 30000 */
  stallTimeoutMs?: number;
  log?: (message: string) => void;
}

/**
 * Downloads a published model into `targetDir`, file by file. Each file streams into a temporary name in the same
 * folder while its sha256 is computed; only when the byte count and hash match the published values is it renamed
 * into place (an atomic step on one file system), so the cache never holds a partial or altered file and a file
 * that is present with the published size has passed the check. On any mismatch the temporary file is deleted and
 * `CHECKSUM_MISMATCH` is thrown; network problems throw `DOWNLOAD_FAILED`.
 */
export async function downloadModel(targetDir: string, options: DownloadModelOptions): Promise<void> {
  for (const file of options.files) {
    const target = join(targetDir, file.path);
    if ((await stat(target).catch(() => undefined))?.size === file.bytes) continue;
    await mkdir(dirname(target), { recursive: true });
    const url = `${options.baseUrl.replace(/\/+$/, '')}/${file.path}`;
    options.log?.(`downloading ${url} (${file.bytes} bytes)`);
    const temporary = `${target}.${randomUUID()}.part`;
    try {
      await downloadFile(url, temporary, file, options);
      await rename(temporary, target);
    } finally {
      await rm(temporary, { force: true });
    }
  }
}

/** A model file is complete when it is present with its published size (see `downloadModel`). */
export async function isModelCached(targetDir: string, files: readonly PublishedFile[]): Promise<boolean> {
  for (const file of files) {
    if ((await stat(join(targetDir, file.path)).catch(() => undefined))?.size !== file.bytes) return false;
  }
  return true;
}

async function downloadFile(url: string, temporary: string, file: PublishedFile, options: DownloadModelOptions): Promise<void> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), options.connectTimeoutMs ?? 5000);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { signal: controller.signal, redirect: 'follow' });
    } catch (error) {
      throw new EmbeddingError('DOWNLOAD_FAILED', `could not reach ${url}: ${describe(error, controller)}`, { cause: error });
    }
    if (!response.ok || !response.body) throw new EmbeddingError('DOWNLOAD_FAILED', `${url} answered HTTP ${response.status}`);
    const announced = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(announced) && announced !== file.bytes) {
      throw new EmbeddingError('CHECKSUM_MISMATCH', `${file.path} is ${announced} bytes at ${url}, expected ${file.bytes}`);
    }
    const hash = createHash('sha256');
    let received = 0;
    const handle = await open(temporary, 'w');
    try {
      const restartStallTimer = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), options.stallTimeoutMs ?? 30_000);
      };
      restartStallTimer();
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        received += chunk.byteLength;
        if (received > file.bytes) throw new EmbeddingError('CHECKSUM_MISMATCH', `${file.path} from ${url} is longer than the published ${file.bytes} bytes`);
        hash.update(chunk);
        await handle.write(chunk);
        restartStallTimer();
      }
    } catch (error) {
      if (error instanceof EmbeddingError) throw error;
      throw new EmbeddingError('DOWNLOAD_FAILED', `download of ${url} broke off after ${received} bytes: ${describe(error, controller)}`, { cause: error });
    } finally {
      await handle.close();
    }
    const digest = hash.digest('hex');
    if (received !== file.bytes || digest !== file.sha256) {
      throw new EmbeddingError('CHECKSUM_MISMATCH', `${file.path} from ${url} has ${received} bytes and sha256 ${digest}; published: ${file.bytes} bytes, ${file.sha256}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown, controller: AbortController): string {
  return controller.signal.aborted ? 'timed out' : error instanceof Error ? error.message : String(error);
}
