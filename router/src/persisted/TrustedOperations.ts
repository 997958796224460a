import type { GraphQLSchema } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { Identity } from '@media-gateway/auth';
import type { PersistedOperation, PersistedQueryManifest } from '@media-gateway/schema';
import { admitOperation, type Admission } from './admitOperation.js';
import { resolveOperation, type OperationRequest, type Resolution } from './resolveOperation.js';
import type { SafelistMode } from './SafelistMode.js';
import { validateManifest } from './validateManifest.js';

export interface TrustedOperationsOptions {
  manifest: PersistedQueryManifest;
  mode: SafelistMode;
  /** The router's API schema; every body must validate against it (checked here, so a bad manifest stops start-up). */
  schema: GraphQLSchema;
  /** Names the manifest in errors (its path). */
  origin?: string;
  /** Where `graphql_operations_total{kind, transport}` is registered; not counted when omitted. */
  registry?: Registry;
}

export type Transport = 'http' | 'ws';

/**
 * The trusted operations (schema/operations → the persisted-query manifest) and the safelist mode: `resolve` says what
 * a request names, `admit` whether this caller may run it. HTTP and graphql-ws share both, so the rules cannot drift.
 */
export class TrustedOperations {
  readonly mode: SafelistMode;
  private readonly byId: ReadonlyMap<string, PersistedOperation>;
  private readonly counter: Counter<'kind' | 'transport'> | undefined;

  constructor(options: TrustedOperationsOptions) {
    validateManifest(options.manifest, options.schema, options.origin);
    this.mode = options.mode;
    this.byId = new Map(options.manifest.operations.map((operation) => [operation.id, operation]));
    this.counter = options.registry
      ? new Counter({
          name: 'graphql_operations_total',
          help: 'GraphQL operations by how the router admitted them: persisted (by id from the manifest), adhoc (query text or APQ), refused (safelist, unknown id, hash mismatch)',
          labelNames: ['kind', 'transport'] as const,
          registers: [options.registry],
        })
      : undefined;
  }

  get operations(): PersistedOperation[] {
    return [...this.byId.values()];
  }

  resolve(request: OperationRequest, transport: Transport): Resolution {
    return resolveOperation(request, { find: (id) => this.byId.get(id), forwardApq: transport === 'http' && this.mode === 'off' });
  }

  admit(resolution: Resolution, caller: Pick<Identity, 'kind'> & { scopes?: readonly string[] }, transport: Transport): Admission {
    const admission = admitOperation(resolution, caller, this.mode);
    this.counter?.inc({ kind: admission.kind, transport });
    return admission;
  }
}
