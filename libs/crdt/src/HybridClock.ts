import { checkHlc, compareHlc, MAX_LOGICAL, type Hlc } from './Hlc.js';

export interface HybridClockOptions {
  /** This node's id, stamped on every timestamp it issues. */
  node: string;
  /** @default Date.now */
  wallClock?: () => number;
  /**
   * How far ahead of this node's wall clock a received timestamp may be (PRODUCT_SPEC §9 logs drift over 60 s).
   * A timestamp further ahead is refused with `ClockDriftError` rather than dragging every later timestamp into
   * the future.
   * @default 60_000
   */
  maxDriftMs?: number;
}

/**
 * The §9 clock. `now()` is the local tick, `receive()` merges a timestamp from another node. Both return a
 * timestamp greater than every one this clock issued or received before, so causally later events always sort
 * later, while staying close to wall time.
 */
export class HybridClock {
  readonly node: string;
  private readonly wall: () => number;
  private readonly maxDriftMs: number;
  private last: Hlc;

  constructor(options: HybridClockOptions) {
    this.node = checkHlc({ physical: 0, logical: 0, node: options.node }).node;
    this.wall = options.wallClock ?? Date.now;
    this.maxDriftMs = options.maxDriftMs ?? 60_000;
    if (!(this.maxDriftMs >= 0)) throw new TypeError(`maxDriftMs must be non-negative, got ${this.maxDriftMs}`);
    this.last = { physical: 0, logical: 0, node: this.node };
  }

  /** The latest timestamp issued or received. */
  get current(): Hlc {
    return { ...this.last };
  }

  /**
   * Local tick: wall time when it has moved past the last timestamp (counter 0), else the last physical time with
   * the counter + 1. When the counter would pass 65535 it waits for the wall clock to move (§9).
   */
  now(): Hlc {
    for (;;) {
      const wall = this.wall();
      if (wall > this.last.physical) return this.issue(wall, 0);
      if (this.last.logical < MAX_LOGICAL) return this.issue(this.last.physical, this.last.logical + 1);
    }
  }

  /**
   * Receive rule: the new physical time is the greatest of local, remote and wall time; the counter is
   * `max(local, remote) + 1` when local and remote share it, that clock's counter + 1 when only one of them holds
   * it, and 0 when wall time is ahead of both. Refuses a malformed or too-far-ahead timestamp without changing the
   * clock.
   */
  receive(remote: Hlc): Hlc {
    const incoming = checkHlc(remote);
    const wall = this.wall();
    if (incoming.physical > wall + this.maxDriftMs) throw new ClockDriftError(incoming.physical - wall, this.maxDriftMs);
    const local = this.last;
    const physical = Math.max(local.physical, incoming.physical, wall);
    let logical: number;
    if (physical === local.physical && physical === incoming.physical) logical = Math.max(local.logical, incoming.logical) + 1;
    else if (physical === local.physical) logical = local.logical + 1;
    else if (physical === incoming.physical) logical = incoming.logical + 1;
    else logical = 0;
    if (logical <= MAX_LOGICAL) return this.issue(physical, logical);
    // Out of counter at this millisecond: wait for the wall clock to move past it, then tick.
    while (this.wall() <= physical) {
      /* spin: at most a millisecond of real time */
    }
    return this.now();
  }

  private issue(physical: number, logical: number): Hlc {
    const next = { physical, logical, node: this.node };
    if (compareHlc(next, this.last) <= 0) throw new Error('HybridClock: issued a timestamp that is not after the last one');
    this.last = next;
    return { ...next };
  }
}

export class ClockDriftError extends Error {
  readonly code = 'HLC_CLOCK_DRIFT';
  constructor(
    readonly aheadMs: number,
    readonly maxDriftMs: number,
  ) {
    super(`timestamp is ${aheadMs} ms ahead of this clock, more than the ${maxDriftMs} ms allowed`);
    this.name = 'ClockDriftError';
  }
}
