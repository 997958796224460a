import { Kind, parse, print, visit, type DirectiveNode, type DocumentNode } from 'graphql';

/** The `for: SECURITY` features this router enforces itself (see `checkFieldAccess`). */
export const ENFORCED_SECURITY_FEATURES = {
  authenticated: 'https://specs.apollo.dev/authenticated/v0.1',
  requiresScopes: 'https://specs.apollo.dev/requiresScopes/v0.1',
} as const;

export interface SecurityDirectiveNames {
  authenticated: string | null;
  requiresScopes: string | null;
}

/**
 * `@apollo/gateway` refuses a supergraph that links any `for: SECURITY` feature, because it cannot enforce them.
 * This router does enforce `@authenticated` and `@requiresScopes`, so it hands the gateway a copy with those links'
 * purpose removed (the gateway then ignores them) and keeps the directives for its own checks. Any other SECURITY
 * feature still fails start-up: a rule nobody enforces must not be silently dropped.
 */
export function prepareSupergraph(supergraphSdl: string): { gatewaySdl: string; directives: SecurityDirectiveNames } {
  const document = parse(supergraphSdl);
  const directives: SecurityDirectiveNames = { authenticated: null, requiresScopes: null };
  const enforced = new Map<string, keyof SecurityDirectiveNames>(
    Object.entries(ENFORCED_SECURITY_FEATURES).map(([name, url]) => [url, name as keyof SecurityDirectiveNames]),
  );
  const stripped = visit(document, {
    Directive(node) {
      if (node.name.value !== 'link') return undefined;
      const url = stringArgument(node, 'url');
      const purpose = node.arguments?.find((a) => a.name.value === 'for');
      const feature = url ? enforced.get(url) : undefined;
      if (feature) directives[feature] = stringArgument(node, 'as') ?? feature;
      if (!purpose || purpose.value.kind !== Kind.ENUM || purpose.value.value !== 'SECURITY') return undefined;
      if (!feature) throw new Error(`The supergraph links ${url ?? 'a feature'} for SECURITY, which this router does not enforce`);
      return { ...node, arguments: node.arguments?.filter((a) => a !== purpose) };
    },
  }) as DocumentNode;
  return { gatewaySdl: print(stripped), directives };
}

function stringArgument(node: DirectiveNode, name: string): string | undefined {
  const argument = node.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}
