/**
 * A small key-value cache with expiry. Values are JSON. Embedded mode uses the in-memory adapter; production uses
 * Redis so replicas share entries. Both pass the same contract tests.
 */
export interface Cache {
  readonly kind: 'memory' | 'redis';
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Atomically increments a counter and returns the new value; used for namespace versions. */
  incr(key: string): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
