import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { Logger } from '@media-gateway/runtime';
import { EventQueue } from './EventQueue.js';
import { resolveEvent, type EventResolverDeps, type SubscriptionOperation } from './resolveEvent.js';
import type { SubscriptionConnection } from './SubscriptionConnection.js';
import type { Upstreams } from './upstream/Upstreams.js';

type Item =
  | { kind: 'event'; result: ExecutionResult | FormattedExecutionResult }
  | { kind: 'failed'; errors: readonly GraphQLError[] }
  | { kind: 'complete' };

export interface FederatedSubscriptionDeps extends EventResolverDeps {
  upstreams: Upstreams;
  logger: Logger;
  /** Told when the subscription starts (+1) and ends (−1), for the active-subscriptions gauge. */
  onActiveChange?(delta: number): void;
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * One client subscription as graphql-ws iterates it: the primary stream on the owning subgraph feeds a queue, and
 * each `next()` takes one event, runs the rest of the plan for it, and hands back the client's response.
 *
 * Written as a plain iterator rather than an async generator on purpose: a generator waiting for the next event
 * cannot be stopped until that event arrives (`return()` queues behind the pending `next()`), so an unsubscribe on a
 * quiet stream would leave the subgraph's stream open. Here `return()` closes the queue, which releases the waiting
 * `next()`, and stops the upstream at once.
 *
 * A stream that ends in error (the subgraph refused it, or became unreachable: SUBGRAPH_UNAVAILABLE) delivers one
 * last response carrying the errors, then completes; the client re-subscribes when it wants to.
 */
export class FederatedSubscription implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: EventQueue<Item>;
  private stopUpstream: () => void = () => {};
  private finished = false;
  private ending = false;

  constructor(
    private readonly deps: FederatedSubscriptionDeps,
    private readonly connection: SubscriptionConnection,
    private readonly operation: SubscriptionOperation,
  ) {
    this.queue = new EventQueue((delta) => connection.queueChanged(delta));
  }

  /** Opens the primary stream. */
  start(): this {
    const { primary } = this.operation.plan;
    this.deps.onActiveChange?.(1);
    this.connection.add(this);
    if (this.finished) return this;
    this.stopUpstream = this.deps.upstreams.open(
      primary.serviceName,
      {
        query: primary.operation,
        operationName: primary.operationName,
        variables: pick(this.operation.variables, primary.variableUsages ?? []),
        identityAssertion: this.connection.context().identityAssertion,
      },
      {
        next: (result) => this.queue.push({ kind: 'event', result }),
        fail: (errors) => this.queue.push({ kind: 'failed', errors }),
        complete: () => this.queue.push({ kind: 'complete' }),
      },
    );
    return this;
  }

  async next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    if (this.finished || this.ending) return this.finish();
    const item = await this.queue.take();
    if (!item || this.finished) return this.finish();
    switch (item.kind) {
      case 'complete':
        return this.finish();
      case 'failed':
        // Delivered as the last response; the next call completes the subscription.
        this.ending = true;
        return { value: { errors: [...item.errors] }, done: false };
      case 'event': {
        if (!this.connection.usable()) return this.finish();
        const value = await this.resolve(item.result);
        if (this.finished) return DONE;
        return { value, done: false };
      }
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    return this.finish();
  }

  async throw(): Promise<IteratorResult<ExecutionResult, undefined>> {
    return this.finish();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Stops the subscription and its upstream (the connection calls this when it closes). Idempotent. */
  stop(): void {
    this.finish();
  }

  private async resolve(event: ExecutionResult | FormattedExecutionResult): Promise<ExecutionResult> {
    try {
      return await resolveEvent(this.deps, this.operation, event, this.connection.context());
    } catch (error) {
      this.deps.logger.error({ err: error }, 'subscription event could not be resolved');
      return { errors: [new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
    }
  }

  private finish(): IteratorReturnResult<undefined> {
    if (this.finished) return DONE;
    this.finished = true;
    this.queue.close();
    this.stopUpstream();
    this.connection.remove(this);
    this.deps.onActiveChange?.(-1);
    return DONE;
  }
}

function pick(variables: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (Object.hasOwn(variables, name)) picked[name] = variables[name];
  return picked;
}
