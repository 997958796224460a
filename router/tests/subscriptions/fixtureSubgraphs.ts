import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { identityFromHeaders, type Identity } from '@media-gateway/auth';

export const ASSERTION_SECRET = 'subscription-fixture-secret-of-32-bytes!';

export interface FixtureSubgraph {
  name: string;
  url: string;
  typeDefs: DocumentNode;
  schema: GraphQLSchema;
  createContext(headers: Record<string, string | undefined>): Promise<FixtureContext>;
}

interface FixtureContext {
  identity: Identity;
}

/** A stream the test drives: `emit` pushes a tick to every open `live` subscription. */
export interface LiveTicks {
  emit(n: number): void;
  /** Open `live` iterators in the subgraph: 0 once the router has cancelled them. */
  open(): number;
}

function userIdOf(identity: Identity): string | null {
  return identity.kind === 'user' || identity.kind === 'api_key' ? identity.userId : null;
}

async function contextFrom(headers: Record<string, string | undefined>): Promise<FixtureContext> {
  return { identity: await identityFromHeaders(headers, { secret: ASSERTION_SECRET }) };
}

/**
 * Subgraph "ticks" owns the subscriptions; each tick carries an `Item` stub the router resolves from "items", the
 * way sync's events carry `Title` stubs resolved from catalog.
 */
export function ticksSubgraph(): FixtureSubgraph & { live: LiveTicks } {
  const typeDefs = parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@authenticated"])
    type Query {
      tickRate: Int
    }
    type Subscription {
      "The caller's own ticks: the subgraph reads who the caller is from the router's assertion."
      ticks(count: Int!): Tick! @authenticated
      "Anyone may listen; padding makes each event large (slow-consumer tests)."
      publicTicks(count: Int!, padding: Int = 0): Tick!
      "Ticks the test emits, until the client unsubscribes."
      live: Tick!
      "A tick whose payload carries an error."
      failing: Tick
    }
    type Tick {
      n: Int!
      userId: ID
      padding: String
      item: Item!
    }
    type Item @key(fields: "id", resolvable: false) {
      id: ID!
    }
  `);
  const listeners = new Set<(n: number) => void>();
  const tick = (n: number, userId: string | null, padding = 0) => ({ n, userId, padding: 'x'.repeat(padding), item: { id: `item-${n}` } });

  async function* count(total: number, make: (n: number) => unknown, field: string) {
    for (let n = 1; n <= total; n++) {
      // A macrotask between ticks, as a real event source has: the socket gets to write in between.
      await new Promise((resolve) => setImmediate(resolve));
      yield { [field]: make(n) };
    }
  }

  /** Hand-written like libs/realtime's pubSubIterator: `return()` ends it even while it waits for a tick. */
  function live(): AsyncIterableIterator<{ live: unknown }> {
    const waiting: number[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const listener = (n: number) => {
      waiting.push(n);
      wake?.();
    };
    listeners.add(listener);
    return {
      async next() {
        while (!done && waiting.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        if (done) return { value: undefined, done: true };
        return { value: { live: tick(waiting.shift()!, null) }, done: false };
      },
      async return() {
        done = true;
        listeners.delete(listener);
        wake?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  const schema = buildSubgraphSchema([
    {
      typeDefs,
      resolvers: {
        Query: { tickRate: () => 1 },
        Subscription: {
          ticks: {
            subscribe: (_: unknown, args: { count: number }, context: FixtureContext) => {
              const userId = userIdOf(context.identity);
              if (!userId) throw new GraphQLError('Sign in.', { extensions: { code: 'UNAUTHENTICATED' } });
              return count(args.count, (n) => tick(n, userId), 'ticks');
            },
          },
          publicTicks: {
            subscribe: (_: unknown, args: { count: number; padding: number }) => count(args.count, (n) => tick(n, null, args.padding), 'publicTicks'),
          },
          live: { subscribe: () => live() },
          failing: {
            subscribe: async function* () {
              yield { failing: new GraphQLError('The tick broke.', { extensions: { code: 'TICK_BROKEN' } }) };
            },
            resolve: (payload: { failing: unknown }) => {
              if (payload.failing instanceof Error) throw payload.failing;
              return payload.failing;
            },
          },
        },
      } as never,
    },
  ]);
  return {
    name: 'ticks',
    url: 'http://ticks.invalid/graphql',
    typeDefs,
    schema,
    createContext: contextFrom,
    live: {
      emit: (n) => listeners.forEach((listener) => listener(n)),
      open: () => listeners.size,
    },
  };
}

/** Subgraph "items" resolves `Item.name`, and `Item.viewer` shows whose identity reached it on the entity fetch. */
export function itemsSubgraph(): FixtureSubgraph {
  const typeDefs = parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query {
      item(id: ID!): Item
    }
    type Item @key(fields: "id") {
      id: ID!
      name: String!
      viewer: ID
    }
  `);
  const item = (id: string) => ({ id });
  const schema = buildSubgraphSchema([
    {
      typeDefs,
      resolvers: {
        Query: { item: (_: unknown, { id }: { id: string }) => item(id) },
        Item: {
          __resolveReference: ({ id }: { id: string }) => item(id),
          name: ({ id }: { id: string }) => `Name of ${id}`,
          viewer: (_: unknown, __: unknown, context: FixtureContext) => userIdOf(context.identity),
        },
      } as never,
    },
  ]);
  return { name: 'items', url: 'http://items.invalid/graphql', typeDefs, schema, createContext: contextFrom };
}

export function composeFixture(subgraphs: FixtureSubgraph[]): string {
  const composed = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs })));
  if (composed.errors) throw composed.errors[0];
  return composed.supergraphSdl;
}
