import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { checkLimits } from './checkLimits.js';
import type { LimitErrorCode } from './errors.js';
import { measureOperation, type OperationMeasurements } from './measureOperation.js';
import { assertQueryLimits, type QueryLimits } from './QueryLimits.js';
import { SPEC_FIELD_COSTS } from './fieldCosts.js';

export interface LimitsPluginDeps {
  /** Told about each rejected operation, e.g. to count rejections per code. Errors it throws are ignored. */
  onReject?(code: LimitErrorCode, measured: OperationMeasurements): void;
}

/**
 * Rejects operations over the depth, alias or cost limits before anything executes.
 *
 * Why `didResolveOperation`: by then Apollo Server 5 has parsed and validated the document and picked the
 * operation, and nothing has run yet. A `GraphQLError` thrown there goes straight to `sendErrorResponse`
 * (`requestPipeline.js`): execution and `responseForOperation` are skipped, `extensions.code` is kept, and
 * `extensions.http.status` becomes the response status (and is removed from the body). The thrown error must be
 * a `GraphQLError` from the same `graphql` copy Apollo uses, or Apollo wraps it and the client sees a 500
 * `INTERNAL_SERVER_ERROR`.
 *
 * Only the first violation is raised: Apollo answers with the single error a hook throws.
 */
export function createLimitsPlugin<TContext extends BaseContext = BaseContext>(
  limits: QueryLimits,
  deps: LimitsPluginDeps = {},
): ApolloServerPlugin<TContext> {
  assertQueryLimits(limits);
  const settled: QueryLimits = { maxDepth: limits.maxDepth, maxCost: limits.maxCost, maxAliases: limits.maxAliases };
  const fieldCosts = limits.fieldCosts ?? SPEC_FIELD_COSTS;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema }) {
          const measured = measureOperation(schema, document, operationName, request.variables ?? {}, fieldCosts);
          const [first] = checkLimits(measured, settled);
          if (!first) return;
          try {
            deps.onReject?.(first.code, measured);
          } catch {
            // An observer (metrics, logging) must not change what the client is told.
          }
          throw first.error;
        },
      };
    },
  };
}
