import type { ApolloServerPlugin } from '@apollo/server';
import type { SearchWarning } from '../search/SearchRequest.js';

/**
 * Puts the request's search warnings in the response's `extensions.warnings`, where the router collects them from
 * every subgraph and hands them to the client (the standalone server's half; in-process, the router reads the
 * context itself).
 */
export function warningsPlugin(): ApolloServerPlugin<{ warnings: SearchWarning[] }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.warnings.length === 0) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, warnings: contextValue.warnings };
        },
      };
    },
  };
}
