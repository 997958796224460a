import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';

/**
 * Records the user's consent to what the interaction asks for and returns the grant id for `interactionResult`.
 *
 * Grants exactly the missing scopes, claims and resource scopes that oidc-provider computed for the prompt: they are
 * already limited to what the client may ask for (its `scope` allow-list) and, for API scopes, to what the account's
 * role allows (`getResourceServerInfo`), so nothing else needs filtering here. An existing grant of this client and
 * session is extended rather than replaced.
 */
export async function grantConsent(provider: Provider, interaction: Interaction): Promise<string> {
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  if (!accountId || typeof clientId !== 'string') throw new Error('grantConsent: the interaction has no signed-in account or client');

  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });

  const details = interaction.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (details.missingOIDCScope?.length) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims?.length) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(' '));
  }
  return grant.save();
}

/** The scopes a consent page should list: everything the prompt says is missing, without duplicates. */
export function requestedScopes(interaction: Interaction): string[] {
  const details = interaction.prompt.details as { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> };
  return [...new Set([...(details.missingOIDCScope ?? []), ...Object.values(details.missingResourceScopes ?? {}).flat()])];
}
