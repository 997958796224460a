import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Interaction } from 'oidc-provider';
import type { OidcProvider } from './createOidcProvider.js';
import { grantConsent, requestedScopes } from './grantConsent.js';
import { field, interactionHttp, type UidRequest } from './interactionHttp.js';
import { consentPage } from './pages/consentPage.js';
import { loginPage } from './pages/loginPage.js';
import { messagePage } from './pages/messagePage.js';
import { secondFactorPage } from './pages/secondFactorPage.js';
import { pendingStep } from './pendingStep.js';
import { SECURITY_HEADERS } from './securityHeaders.js';
import { registerUpstreamRoutes } from './upstreamRoutes.js';

const FORM_LIMIT = 8 * 1024;

/**
 * The login, second-factor and consent pages oidc-provider sends the browser to (`<mount>/interaction/<uid>`), served
 * by Fastify, plus the upstream sign-in routes (`registerUpstreamRoutes`).
 *
 * CSRF: a form post only counts when it carries the interaction cookie, which is SameSite=Lax (never sent on a
 * cross-site POST) and scoped to this interaction's path, and its uid must match the URL's. A post from another
 * origin is refused outright when the browser says so (`Origin`).
 *
 * MFA (§6): a correct password for an account with MFA on does not finish the interaction; it leaves a
 * `second_factor` step on it (`pendingStep`, server-side, expiring with the interaction) and the page asks for a code.
 * Only `/mfa` with a valid code finishes, for the account the step names. There is no way to finish without the step:
 * `/login` needs the password, `/consent` needs a signed-in session, and the resume endpoint finds no `login` result.
 *
 * Consent: first-party clients get what they asked for without a page (their scopes are fixed by configuration);
 * others see the scopes and can allow or deny.
 */
export function registerInteractionRoutes(app: FastifyInstance, oidc: OidcProvider): void {
  const base = `${oidc.mountPath}/interaction/:uid`;
  const http = interactionHttp(oidc);
  const { send, expired, load, finish, crossSite, clientName, pageUrl } = http;
  const { stylesheetHref } = oidc;

  const login = (reply: FastifyReply, interaction: Interaction, status: number, failed?: { email: string }) =>
    send(
      reply,
      status,
      loginPage({
        action: `${pageUrl(interaction.uid)}/login`,
        clientName: clientName(interaction),
        stylesheetHref,
        ...(failed ? { email: failed.email, failed: true } : {}),
        upstreams: oidc.upstream.providers.map(({ id, label }) => ({ label, action: `${pageUrl(interaction.uid)}/upstream/${id}` })),
      }),
    );

  const secondFactor = (reply: FastifyReply, interaction: Interaction, status: number, failed = false) =>
    send(
      reply,
      status,
      secondFactorPage({
        action: `${pageUrl(interaction.uid)}/mfa`,
        abortAction: `${pageUrl(interaction.uid)}/abort`,
        clientName: clientName(interaction),
        stylesheetHref,
        failed,
      }),
    );

  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    scope.get(base, async (request: UidRequest, reply) => {
      const interaction = await load(request, reply);
      if (!interaction) return expired(reply);
      if (interaction.prompt.name === 'login') {
        return pendingStep.read(interaction)?.kind === 'second_factor' ? secondFactor(reply, interaction, 200) : login(reply, interaction, 200);
      }
      if (interaction.prompt.name === 'consent') {
        if (oidc.client(String(interaction.params.client_id))?.firstParty) {
          return finish(request, reply, { consent: { grantId: await grantConsent(oidc.provider, interaction) } });
        }
        const page = consentPage({
          action: `${pageUrl(interaction.uid)}/consent`,
          abortAction: `${pageUrl(interaction.uid)}/abort`,
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
      if (!account) return login(reply, interaction, 401, { email });
      if (account.secondFactor) {
        await pendingStep.save(interaction, { kind: 'second_factor', accountId: account.userId, firstFactor: { method: 'password' } });
        // Post/redirect/get: reloading the code page must not post the password again.
        return reply.headers(SECURITY_HEADERS).redirect(pageUrl(interaction.uid), 303);
      }
      return finish(request, reply, { login: { accountId: account.userId } });
    });

    scope.post(`${base}/mfa`, async (request: UidRequest, reply) => {
      if (crossSite(request)) return reply.status(403).send();
      const interaction = await load(request, reply);
      const step = interaction?.prompt.name === 'login' ? pendingStep.read(interaction) : undefined;
      if (!interaction || step?.kind !== 'second_factor') return expired(reply);
      const code = field(request.body, 'code', 64).trim();
      // An empty field is a slip, not a guess: it costs no attempt.
      const result = code ? await oidc.accounts.verifySecondFactor(step.accountId, code, step.firstFactor) : { status: 'wrong' as const };
      if (result.status === 'ok') return finish(request, reply, { login: { accountId: step.accountId } });
      if (result.status === 'wrong') return secondFactor(reply, interaction, 401, true);
      const seconds = result.retryAfterSeconds;
      const page = messagePage({
        title: 'Too many attempts',
        text: `Too many attempts, try again in ${seconds} s.`,
        alert: true,
        link: { href: pageUrl(interaction.uid), text: 'Back to the code page' },
        stylesheetHref,
      });
      return send(reply.header('retry-after', String(seconds)), 429, page);
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

    registerUpstreamRoutes(scope, oidc, http);
  });
}
