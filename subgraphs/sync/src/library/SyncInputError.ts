/**
 * Why a client's timestamp was refused, answered as `extensions.reason` beside BAD_USER_INPUT: a string that is not
 * an HLC, one issued by another node than the sending device, or one too far ahead of the server's clock (§9).
 */
export type HlcProblemReason = 'HLC_MALFORMED' | 'HLC_NODE_MISMATCH' | 'HLC_CLOCK_DRIFT';

/** Bad operations: every problem found, and the timestamp reason when a timestamp was among them. */
export class SyncInputError extends Error {
  constructor(
    readonly problems: readonly string[],
    readonly reason: HlcProblemReason | null = null,
  ) {
    super(problems.join('; '));
    this.name = 'SyncInputError';
  }
}
