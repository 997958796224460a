import { MediaGatewayError, type MediaGatewayClient, type QueuedOperation, type SubscriptionSink } from '@media-gateway/sdk';

type Answer = Record<string, unknown>;
type Handler = (variables: Record<string, unknown>) => Answer | Promise<Answer>;

/**
 * A stand-in for the router with the sync subgraph's replay rules where the tests need them: `ApplySyncOperations`
 * keys operations by HLC (a resend is a duplicate), and a test can make the next call fail before or after the
 * server applied it, or refuse it with BAD_USER_INPUT.
 */
export class FakeSyncClient implements Pick<MediaGatewayClient, 'request' | 'subscribe'> {
  /** Every ApplySyncOperations call's operations, in call order. */
  readonly batches: QueuedOperation[][] = [];
  /** What the "server" holds, by HLC. */
  readonly applied = new Map<string, QueuedOperation>();
  readonly handlers = new Map<string, Handler>();
  readonly sinks: Array<SubscriptionSink<unknown>> = [];
  /** Scripted outcomes for the next ApplySyncOperations calls. */
  readonly nextApply: Array<'network-before' | 'network-after' | { badInput: string[] }> = [];

  constructor() {
    this.handlers.set('ApplySyncOperations', (variables) => this.apply(variables.operations as QueuedOperation[]));
  }

  async request<R>(operation: { name: string }, variables?: unknown): Promise<R> {
    const handler = this.handlers.get(operation.name);
    if (!handler) throw new Error(`FakeSyncClient: no handler for ${operation.name}`);
    return (await handler((variables ?? {}) as Record<string, unknown>)) as R;
  }

  subscribe<R>(_operation: { name: string }, _variables: unknown, sink: SubscriptionSink<R>): () => void {
    this.sinks.push(sink as SubscriptionSink<unknown>);
    return () => {
      const index = this.sinks.indexOf(sink as SubscriptionSink<unknown>);
      if (index >= 0) this.sinks.splice(index, 1);
    };
  }

  private apply(operations: QueuedOperation[]): Answer {
    this.batches.push(structuredClone(operations));
    const outcome = this.nextApply.shift();
    if (outcome === 'network-before') throw new MediaGatewayError('NETWORK', 'No answer from http://router.test/graphql: fetch failed');
    if (typeof outcome === 'object') {
      throw new MediaGatewayError('BAD_USER_INPUT', outcome.badInput.join('; '), {
        errors: [{ message: outcome.badInput.join('; '), extensions: { code: 'BAD_USER_INPUT', problems: outcome.badInput } }],
      });
    }
    let applied = 0;
    let duplicates = 0;
    for (const op of operations) {
      if (this.applied.has(op.hlc)) duplicates += 1;
      else {
        this.applied.set(op.hlc, op);
        applied += 1;
      }
    }
    if (outcome === 'network-after') throw new MediaGatewayError('NETWORK', 'The connection reset after the server applied the batch');
    return { applySyncOperations: { applied, duplicates, ignored: 0, cursor: `c${this.applied.size}` } };
  }
}
