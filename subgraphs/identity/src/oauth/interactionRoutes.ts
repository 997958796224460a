import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from 'oidc-provider';
import type { Interaction, InteractionResults } from 'oidc-provider';
import type { OidcProvider } from './createOidcProvider.js';
import { grantConsent, requestedScopes } from './grantConsent.js';
import { consentPage } from './pages/consentPage.js';
import { loginPage } from './pages/loginPage.js';
import { messagePage } from './pages/messagePage.js';
import { SECURITY_HEADERS } from './securityHeaders.js';

type UidRequest = FastifyRequest<{ Params: { uid: string }; Body: Record<string, string> | undefined }>;

const FORM_LIMIT = 8 * 1024;

/**
 * The login and consent pages oidc-provider sends the browser to (`<mount>/interaction/<uid>`), served by Fastify.
 *
 * CSRF: a form post only counts when it carries the interaction cookie, which is SameSite=Lax (never sent on a
 * cross-site POST) and scoped to this interaction's path, and its uid must match the URL's. A post from another
 * origin is refused outright when the browser says so (`Origin`).
 *
 * Consent: first-party clients get what they asked for without a page (their scopes are fixed by configuration);
 * others see the scopes and can allow or deny.
 */
export function registerInteractionRoutes(app: FastifyInstance, oidc: OidcProvider): void {
  const base = `${oidc.mountPath}/interaction/:uid`;
  const issuerOrigin = new URL(oidc.issuer).origin;
  const stylesheetHref = oidc.stylesheetHref;

  const send = (reply: FastifyReply, status: number, html: string) =>
    reply.status(status).headers(SECURITY_HEADERS).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);

  const expired = (reply: FastifyReply) =>
    send(reply, 400, messagePage({ title: 'Sign-in expired', text: 'This sign-in page is no longer valid. Go back to the app and start again.', alert: true, stylesheetHref }));

  async function load(request: UidRequest, reply: FastifyReply): Promise<Interaction | undefined> {
    try {
      const interaction = await oidc.provider.interactionDetails(request.raw, reply.raw);
      return interaction.uid === request.params.uid ? interaction : undefined;
    } catch (error) {
      if (error instanceof errors.SessionNotFound) return undefined;
      throw error;
    }
  }

  async function finish(request: UidRequest, reply: FastifyReply, result: InteractionResults, merge = true) {
    const returnTo = await oidc.provider.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: merge });
    return reply.headers(SECURITY_HEADERS).redirect(returnTo, 303);
  }

  const crossSite = (request: UidRequest) => {
    const origin = request.headers.origin;
    return origin !== undefined && origin !== issuerOrigin;
  };

  const clientName = (interaction: Interaction) => {
    const clientId = String(interaction.params.client_id);
    return oidc.client(clientId)?.name ?? clientId;
  };

  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    scope.get(base, async (request: UidRequest, reply) => {
      const interaction = await load(request, reply);
      if (!interaction) return expired(reply);
      const action = `${oidc.mountPath}/interaction/${interaction.uid}`;
      if (interaction.prompt.name === 'login') {
        return send(reply, 200, loginPage({ action: `${action}/login`, clientName: clientName(interaction), stylesheetHref }));
      }
      if (interaction.prompt.name === 'consent') {
        if (oidc.client(String(interaction.params.client_id))?.firstParty) {
          return finish(request, reply, { consent: { grantId: await grantConsent(oidc.provider, interaction) } });
        }
        const page = consentPage({
          action: `${action}/consent`,
          abortAction: `${action}/abort`,
          clientName: clientName(interaction),
          scopes: requestedScopes(interaction),
          stylesheetHref,
        });
        return send(reply, 200, page);
      }
      return expired(reply);
    });

    scope.post(`${base}/login`, async (request: UidRequest, reply) => {
      if (crossSite(request)) return reply.status(403).send();
      const interaction = await load(request, reply);
      if (!interaction || interaction.prompt.name !== 'login') return expired(reply);
      const email = field(request.body, 'email', 320).trim();
      const password = field(request.body, 'password', 1024);
      const account = email && password ? await oidc.accounts.authenticate(email, password) : null;
      if (!account) {
        const action = `${oidc.mountPath}/interaction/${interaction.uid}/login`;
        return send(reply, 401, loginPage({ action, clientName: clientName(interaction), email, failed: true, stylesheetHref }));
      }
      return finish(request, reply, { login: { accountId: account.userId } });
    });

    scope.post(`${base}/consent`, async (request: UidRequest, reply) => {
      if (crossSite(request)) return reply.status(403).send();
      const interaction = await load(request, reply);
      if (!interaction || interaction.prompt.name !== 'consent') return expired(reply);
      return finish(request, reply, { consent: { grantId: await grantConsent(oidc.provider, interaction) } });
    });

    scope.post(`${base}/abort`, async (request: UidRequest, reply) => {
      if (crossSite(request)) return reply.status(403).send();
      const interaction = await load(request, reply);
      if (!interaction) return expired(reply);
      return finish(request, reply, { error: 'access_denied', error_description: 'End-User aborted interaction' }, false);
    });
  });
}

/** A form field as text, cut at `max` characters; absent or repeated fields read as empty. */
function field(body: Record<string, string> | undefined, name: string, max: number): string {
  const value = body?.[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}
