import { ClockDriftError, formatHlc, HlcFormatError, HybridClock, parseHlc, type Hlc } from '@media-gateway/crdt';

/** The node id of the playback server's own clock; it never appears on a stamp (see `SessionClock.stamp`). */
const SERVER_NODE = 'playback';

/**
 * Stamps the positions playback accepts so they order against the devices' own progress reports in sync's LWW
 * registers (PRODUCT_SPEC §9).
 *
 * Why one server clock and the device as node, rather than a clock per device: `HybridClock` stamps its own node on
 * every timestamp, and one clock per device would be per-process state growing with every device ever seen (and
 * still not shared across replicas). Instead the physical time and counter come from one server `HybridClock` — so
 * every stamp this process issues is unique and later than everything it issued or received — and the node is
 * replaced by the session's device id, so a tie with the device's own report breaks by device id exactly as §9 says
 * and sync's "`hlc.node` is the writing device" holds. Two replicas could issue the same physical time and counter
 * for the same device; sync then keeps one of the two equal writes, which is what LWW does with a tie anyway.
 *
 * The clock also `observe`s every timestamp it meets (the resume point a session starts from, sync's progress
 * events), so a position accepted after a device's report is stamped after it even when the device's clock runs a
 * little ahead.
 */
export class SessionClock {
  private readonly clock: HybridClock;

  constructor(now: () => number = Date.now) {
    this.clock = new HybridClock({ node: SERVER_NODE, wallClock: now });
  }

  /** A fresh timestamp for a write by `deviceId`, in `formatHlc` form. */
  stamp(deviceId: string): string {
    const { physical, logical } = this.clock.now();
    return formatHlc({ physical, logical, node: deviceId } satisfies Hlc);
  }

  /** Moves the clock past `hlc` (string form). Malformed or too-far-ahead timestamps are ignored: they are not ours to judge here. */
  observe(hlc: string | null | undefined): void {
    if (!hlc) return;
    try {
      this.clock.receive(parseHlc(hlc));
    } catch (error) {
      if (!(error instanceof ClockDriftError) && !(error instanceof HlcFormatError)) throw error;
    }
  }
}
