import type { Payload, PayloadValue, VectorPoint } from '../VectorIndex.js';
import { toVector } from './checkVector.js';

export interface CheckedPoint {
  id: string;
  vector: number[];
  payload: Payload;
}

const PAYLOAD_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Validates a whole upsert before anything is written, so one bad point leaves the index untouched. Duplicated ids
 * collapse to their last occurrence: the result then does not depend on how an adapter orders or batches writes.
 */
export function checkPoints(points: readonly VectorPoint[], dimensions: number): CheckedPoint[] {
  if (!Array.isArray(points)) throw new TypeError('points must be an array');
  const byId = new Map<string, CheckedPoint>();
  points.forEach((point: VectorPoint, i: number) => {
    const name = `points[${i}]`;
    if (typeof point !== 'object' || point === null) throw new TypeError(`${name} must be an object`);
    const id = checkId(point.id, `${name}.id`);
    const vector = toVector(point.vector, dimensions, `${name}.vector`);
    const payload = checkPayload(point.payload, `${name}.payload`);
    byId.delete(id);
    byId.set(id, { id, vector, payload });
  });
  return [...byId.values()];
}

export function checkIds(ids: readonly string[]): string[] {
  if (!Array.isArray(ids)) throw new TypeError('ids must be an array of strings');
  return [...new Set(ids.map((id: unknown, i) => checkId(id, `ids[${i}]`)))];
}

export function checkId(id: unknown, name: string): string {
  if (typeof id !== 'string' || id.length === 0) throw new TypeError(`${name} must be a non-empty string`);
  return id;
}

export function checkPayload(payload: unknown, name: string): Payload {
  if (payload === undefined) return {};
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new TypeError(`${name} must be a plain object`);
  }
  const copy: Payload = {};
  for (const [key, value] of Object.entries(payload)) {
    if (!PAYLOAD_KEY.test(key)) {
      throw new TypeError(`${name} key "${key}" must match ${PAYLOAD_KEY.source} (no dots, no leading underscore)`);
    }
    copy[key] = checkPayloadValue(value, `${name}.${key}`);
  }
  return copy;
}

function checkPayloadValue(value: unknown, name: string): PayloadValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${name} must be a finite number, got ${value}`);
    return value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...(value as string[])];
  throw new TypeError(`${name} must be a string, a finite number, a boolean or an array of strings`);
}
