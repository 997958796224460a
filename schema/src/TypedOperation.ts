/** One entry of the Apollo persisted-query manifest: the router runs `body` when a client sends `id`. */
export interface PersistedOperation {
  /** SHA-256 (hex) of `body`. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/**
 * A persisted operation that carries its result and variables types, so a client sending it by id is typed
 * end to end. The generated constants in `generated/operations.ts` are these.
 */
export interface TypedOperation<TResult = unknown, TVariables = Record<string, unknown>> extends PersistedOperation {
  /** Never set: it only carries the types. */
  readonly __types?: { result: TResult; variables: TVariables };
}

export type ResultOf<T> = T extends { readonly __types?: { result: infer R } } ? R : never;
export type VariablesOf<T> = T extends { readonly __types?: { variables: infer V } } ? V : never;
