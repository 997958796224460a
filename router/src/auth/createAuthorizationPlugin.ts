import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { checkFieldAccess, type Access } from './checkFieldAccess.js';
import type { FieldRequirements } from './fieldRequirements.js';

/**
 * Refuses, before anything executes, an operation that selects a field the caller may not see: 401
 * UNAUTHENTICATED for anonymous callers, 403 FORBIDDEN for missing scopes. The whole operation is refused rather
 * than partially answered, so a client never mistakes a hidden field for an empty one.
 */
export function createAuthorizationPlugin<TContext extends BaseContext>(
  requirements: FieldRequirements,
  accessOf: (context: TContext) => Access,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, contextValue }) {
          const violation = checkFieldAccess(schema, document, operationName, requirements, accessOf(contextValue));
          if (!violation) return;
          const unauthenticated = violation.code === 'UNAUTHENTICATED';
          throw new GraphQLError(
            unauthenticated
              ? `Sign in to read ${violation.fields.join(', ')}.`
              : `Missing the scopes required for ${violation.fields.join(', ')}.`,
            { extensions: { code: violation.code, fields: violation.fields, http: { status: unauthenticated ? 401 : 403 } } },
          );
        },
      };
    },
  };
}
