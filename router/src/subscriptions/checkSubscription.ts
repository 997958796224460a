import { GraphQLError, getOperationAST, getVariableValues, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { checkFieldAccess, type Access } from '../auth/checkFieldAccess.js';
import type { FieldRequirements } from '../auth/fieldRequirements.js';
import { checkLimits, measureOperation, SPEC_FIELD_COSTS, type QueryLimits } from '../limits/index.js';

export interface SubscriptionChecks {
  schema: GraphQLSchema;
  limits: QueryLimits;
  requirements: FieldRequirements;
}

/**
 * What the HTTP pipeline checks before a subscription may run, in the same order and with the same codes: the
 * document against the API schema (GRAPHQL_VALIDATION_FAILED), the query limits (first violation), `@authenticated`
 * / `@requiresScopes` (UNAUTHENTICATED / FORBIDDEN, the whole operation refused), then the variables
 * (BAD_USER_INPUT). Returns the errors; none means it may run.
 */
export function checkSubscription(
  checks: SubscriptionChecks,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  access: Access,
): GraphQLError[] {
  const { schema, limits, requirements } = checks;
  const invalid = validate(schema, document);
  if (invalid.length > 0) {
    return invalid.map((error) => new GraphQLError(error.message, { nodes: error.nodes ?? null, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  }
  const operation = getOperationAST(document, operationName);
  if (!operation) return [new GraphQLError('Unable to identify the operation to run.', { extensions: { code: 'BAD_REQUEST' } })];

  const measured = measureOperation(schema, document, operationName, variables, limits.fieldCosts ?? SPEC_FIELD_COSTS);
  const [overLimit] = checkLimits(measured, limits);
  if (overLimit) return [overLimit.error];

  const violation = checkFieldAccess(schema, document, operationName, requirements, access);
  if (violation) {
    const unauthenticated = violation.code === 'UNAUTHENTICATED';
    const message = unauthenticated ? `Sign in to read ${violation.fields.join(', ')}.` : `Missing the scopes required for ${violation.fields.join(', ')}.`;
    return [new GraphQLError(message, { extensions: { code: violation.code, fields: violation.fields } })];
  }

  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return (errors ?? []).map((error) => new GraphQLError(error.message, { nodes: error.nodes ?? null, extensions: { code: 'BAD_USER_INPUT' } }));
}
