import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** An account at the upstream provider, with the claims it releases. */
export interface UpstreamAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface UpstreamProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * What the upstream's sign-in does with the next authorization request: sign in the account with this `sub` (and
   * grant what is asked), or refuse (`error=access_denied`, as when the user presses "Cancel" at Google).
   */
  next: { sub: string } | 'deny';
  /** Registers our callback and the accounts, and starts answering. */
  start(options: { redirectUri: string; accounts: readonly UpstreamAccount[]; claimsInIdToken: boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * A second, separate `oidc-provider` on 127.0.0.1 playing Google or GitHub: its own in-memory storage, its own RS256
 * key, one confidential client for our callback. Its sign-in and consent pages are replaced by a handler that does
 * what `next` says, since what the test checks is our side of the exchange.
 *
 * The socket is bound first (so our auth server can be configured with the issuer), the provider built in `start`
 * (once our callback URL is known). With `claimsInIdToken: false` it conforms to OpenID Connect Core §5.4 and keeps
 * email and name out of the ID token of the code flow, so our side has to ask its userinfo endpoint.
 */
export async function bindUpstreamProvider(): Promise<UpstreamProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `client-${randomUUID()}`;
  const clientSecret = `secret-${randomUUID()}`;
  let provider: Provider | undefined;
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;

  const upstream: UpstreamProvider = {
    issuer,
    clientId,
    clientSecret,
    next: 'deny',
    async start({ redirectUri, accounts, claimsInIdToken }) {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const jwk = { ...(await exportJWK(privateKey)), kid: 'upstream-key', alg: 'RS256', use: 'sig' };
      provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        jwks: { keys: [jwk] },
        cookies: { keys: [`upstream-cookie-key-${randomUUID()}`] },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        conformIdTokenClaims: !claimsInIdToken,
        async findAccount(_ctx, sub) {
          const account = accounts.find((candidate) => candidate.sub === sub);
          return account ? { accountId: sub, claims: async () => ({ ...account }) } : undefined;
        },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
        features: { devInteractions: { enabled: false } },
      });
      handler = provider.callback();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!provider || !handler) {
      res.statusCode = 503;
      res.end();
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      interact(provider, upstream.next, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    handler(req, res);
  });
  return upstream;
}

async function interact(provider: Provider, next: UpstreamProvider['next'], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const interaction = await provider.interactionDetails(req, res);
  if (next === 'deny') {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
    return;
  }
  if (interaction.prompt.name === 'login') {
    await provider.interactionFinished(req, res, { login: { accountId: next.sub } }, { mergeWithLastSubmission: false });
    return;
  }
  const details = interaction.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  const grant = new provider.Grant({ accountId: interaction.session!.accountId, clientId: String(interaction.params.client_id) });
  if (details.missingOIDCScope?.length) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims?.length) grant.addOIDCClaims(details.missingOIDCClaims);
  await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}
