import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '@media-gateway/runtime';

/**
 * Counts every GraphQL request and its duration by operation name and outcome. The outcome is `success`, or the
 * first error's `extensions.code` in lower case, so a dashboard can split validation rejects from upstream failures.
 */
export function useMetrics(metrics: Metrics, service: string, maxOperationNames = 500): ApolloServerPlugin {
  // Operation names come from clients; bound the label set so a client can't blow up the metrics cardinality.
  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (seen.has(name)) return name;
    if (seen.size >= maxOperationNames || !/^[A-Za-z_]\w{0,63}$/.test(name)) return 'other';
    seen.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stopTimer = metrics.requestDuration.startTimer();
      return {
        async willSendResponse({ response, operationName, errors }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const firstError = errors?.[0] ?? body?.errors?.[0];
          const code = firstError?.extensions?.code;
          const outcome = firstError ? (typeof code === 'string' ? code.toLowerCase() : 'error') : 'success';
          const labels = { service, operation: operationLabel(operationName), outcome };
          metrics.requests.inc(labels);
          stopTimer(labels);
        },
      };
    },
  };
}
