import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { VectorIndexCorruptError } from '../errors.js';
import type { Payload } from '../VectorIndex.js';
import { checkPayload } from './checkPoints.js';

/**
 * On-disk layout of a persisted HNSW index (one directory per collection, `.data/vectors/<collection>/`):
 *
 *   index.json            the sidecar: format version, dimensions, id ↔ label map, payloads, free labels, and the
 *                         name, size and SHA-256 of the index file it belongs to
 *   index-<unique>.hnsw   hnswlib's own index file
 *
 * A save writes a new, uniquely named index file, fsyncs it, then writes the sidecar to a temp file and renames it
 * over `index.json`. That rename is the commit point: a crash before it leaves the old sidecar naming the old index
 * file, which is only deleted after the commit, so a reader always sees one complete save. Stray files from a
 * crashed save are removed by the next successful one.
 */
export const SIDECAR = 'index.json';
export const FORMAT = 'media-gateway.vectors.hnsw';
export const FORMAT_VERSION = 1;

export interface HnswSidecar {
  format: typeof FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  space: 'cosine';
  dimensions: number;
  indexFile: string;
  indexBytes: number;
  indexSha256: string;
  /** Labels are hnswlib's slot numbers: 0 … nextLabel-1 are all taken, by a live point or a free (deleted) slot. */
  nextLabel: number;
  freeLabels: number[];
  /** [label, id, payload] for every live point. */
  points: [number, string, Payload][];
}

/** The part of the sidecar the index supplies; the file fields are filled in by `writeHnswSnapshot`. */
export type HnswState = Omit<HnswSidecar, 'format' | 'formatVersion' | 'space' | 'indexFile' | 'indexBytes' | 'indexSha256'>;

const INDEX_FILE = /^index-[0-9a-z-]+\.hnsw$/;

/** The committed snapshot in `directory`, or undefined when nothing was ever saved there. */
export async function readHnswSnapshot(directory: string): Promise<{ sidecar: HnswSidecar; indexPath: string } | undefined> {
  let text: string;
  try {
    text = await readFile(join(directory, SIDECAR), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new VectorIndexCorruptError(directory, `${SIDECAR} is not valid JSON`, { cause: error });
  }
  const sidecar = parseSidecar(parsed, directory);
  const indexPath = join(directory, sidecar.indexFile);
  // hnswlib trusts its input file completely (a torn file can crash the process), so it is checked first.
  const actual = await fileDigest(indexPath).catch((error: unknown) => {
    throw new VectorIndexCorruptError(directory, `index file ${sidecar.indexFile} cannot be read`, { cause: error });
  });
  if (actual.bytes !== sidecar.indexBytes || actual.sha256 !== sidecar.indexSha256) {
    throw new VectorIndexCorruptError(directory, `index file ${sidecar.indexFile} does not match the checksum in ${SIDECAR}`);
  }
  return { sidecar, indexPath };
}

/**
 * Commits one snapshot. `snapshot` must write the hnswlib file to the path it is given synchronously and return the
 * state of that same moment, so no write can slip in between the two.
 */
export async function writeHnswSnapshot(directory: string, snapshot: (indexPath: string) => HnswState): Promise<void> {
  await mkdir(directory, { recursive: true });
  const indexFile = `index-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}.hnsw`;
  const indexPath = join(directory, indexFile);
  const state = snapshot(indexPath);
  await fsyncFile(indexPath);
  const digest = await fileDigest(indexPath);
  const sidecar: HnswSidecar = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    space: 'cosine',
    ...state,
    indexFile,
    indexBytes: digest.bytes,
    indexSha256: digest.sha256,
  };
  const temp = join(directory, `${SIDECAR}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(JSON.stringify(sidecar));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, join(directory, SIDECAR));
  await fsyncDirectory(directory);
  await removeStrays(directory, indexFile);
}

function parseSidecar(value: unknown, directory: string): HnswSidecar {
  const fail = (reason: string): never => {
    throw new VectorIndexCorruptError(directory, `${SIDECAR} ${reason}`);
  };
  if (typeof value !== 'object' || value === null) return fail('is not an object');
  const sidecar = value as Partial<HnswSidecar>;
  if (sidecar.format !== FORMAT) fail(`has format ${JSON.stringify(sidecar.format)}, expected ${FORMAT}`);
  if (sidecar.formatVersion !== FORMAT_VERSION) {
    fail(`has format version ${JSON.stringify(sidecar.formatVersion)}; this build reads version ${FORMAT_VERSION}`);
  }
  if (sidecar.space !== 'cosine') fail(`has space ${JSON.stringify(sidecar.space)}, expected cosine`);
  if (!isCount(sidecar.dimensions) || sidecar.dimensions < 1) fail('has no valid dimensions');
  if (typeof sidecar.indexFile !== 'string' || !INDEX_FILE.test(sidecar.indexFile)) fail('names no valid index file');
  if (!isCount(sidecar.indexBytes) || typeof sidecar.indexSha256 !== 'string') fail('has no index checksum');
  if (!isCount(sidecar.nextLabel)) fail('has no valid nextLabel');
  if (!Array.isArray(sidecar.freeLabels) || !Array.isArray(sidecar.points)) fail('has no label table');
  // Every slot 0 … nextLabel-1 must be accounted for exactly once, by a live point or as free.
  const seen = new Set<number>();
  const ids = new Set<string>();
  const claim = (label: unknown) => {
    if (!isCount(label) || label >= sidecar.nextLabel! || seen.has(label)) fail(`has a bad or repeated label ${String(label)}`);
    seen.add(label as number);
  };
  sidecar.freeLabels!.forEach(claim);
  for (const entry of sidecar.points!) {
    if (!Array.isArray(entry) || entry.length !== 3) return fail('has a malformed point entry');
    const [label, id, payload] = entry as unknown[];
    claim(label);
    if (typeof id !== 'string' || id.length === 0 || ids.has(id)) fail(`has a bad or repeated id ${JSON.stringify(id)}`);
    ids.add(id as string);
    try {
      checkPayload(payload, `payload of ${String(id)}`);
    } catch (error) {
      throw new VectorIndexCorruptError(directory, `${SIDECAR} has an invalid payload`, { cause: error });
    }
  }
  if (seen.size !== sidecar.nextLabel) fail(`accounts for ${seen.size} of ${sidecar.nextLabel} labels`);
  return sidecar as HnswSidecar;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

async function fileDigest(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { bytes: (await stat(path)).size, sha256: hash.digest('hex') };
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable; some platforms cannot open a directory for fsync, which is then best effort. */
async function fsyncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Best effort: see above.
  } finally {
    await handle.close();
  }
}

async function removeStrays(directory: string, keep: string): Promise<void> {
  for (const name of await readdir(directory)) {
    if (name === keep) continue;
    if (INDEX_FILE.test(name) || (name.startsWith(`${SIDECAR}.`) && name.endsWith('.tmp'))) {
      await rm(join(directory, name), { force: true });
    }
  }
}
