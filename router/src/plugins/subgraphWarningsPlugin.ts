import type { ApolloServerPlugin } from '@apollo/server';
import type { RouterContext } from '../auth/RouterContext.js';

/** Answers the warnings subgraphs reported (e.g. search fell back to keyword results) in `extensions.warnings`. */
export function subgraphWarningsPlugin(): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !contextValue.warnings?.length) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, warnings: contextValue.warnings };
        },
      };
    },
  };
}
