import type { DomainEvent } from './DomainEvent.js';

/**
 * Where `InProcessEventBus` finds the history of one source when a subscriber asks for replay. `outboxReplaySource`
 * reads a producer's outbox; a test can hand any stored history.
 */
export interface ReplaySource {
  readonly source: string;
  /** Hands every stored event of `types` with `sequence >= fromSequence` to `handler`, in sequence order. */
  replay(fromSequence: number, types: readonly string[], handler: (event: DomainEvent) => Promise<void>): Promise<void>;
}
