import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';
import { sha256Hex } from '../lib/sha256Hex.js';
import { timingSafeEqualHex } from '../lib/timingSafeEqualHex.js';
import type { OidcProvider } from './createOidcProvider.js';
import type { InteractionHttp, UidRequest } from './interactionHttp.js';
import { messagePage } from './pages/messagePage.js';
import { pendingStep } from './pendingStep.js';
import { SECURITY_HEADERS } from './securityHeaders.js';
import { upstreamProblem, type UpstreamProblemReason } from './upstreamProblem.js';

/**
 * Sign-in through upstream OpenID providers (§6), in two routes:
 *
 *   POST <mount>/interaction/<uid>/upstream/<provider>   "Continue with Google" on the login page
 *   GET  <mount>/upstream/<provider>/callback            the fixed redirect URI registered at the provider
 *
 * The first keeps the exchange's secrets (PKCE verifier, state, nonce) on the interaction, server-side
 * (`pendingStep`), sets the signed `UpstreamCookie` naming the interaction, and sends the browser to the provider.
 * The callback lives outside `<mount>/interaction/<uid>` because a provider only accepts fixed redirect URIs, so
 * oidc-provider's interaction cookie does not reach it; the signed cookie ties it to the browser that started, and
 * the stored `state` to the exchange. The pending exchange is spent on the first callback whatever happens, so a
 * callback URL cannot be replayed. Both are Fastify routes with a static `upstream` segment, which find-my-way
 * matches before the `<mount>/*` wildcard that `mountOidcProvider` hands to oidc-provider.
 *
 * The outcome: signed in (the interaction gets its `login` result and the browser resumes at oidc-provider), on to
 * the code page (MFA on), or a page saying what went wrong. Failures before an identity is known are audited as
 * AUTH_FAILED through `upstreamFailed`; refusals by `signInUpstream`.
 */
export function registerUpstreamRoutes(scope: FastifyInstance, oidc: OidcProvider, http: InteractionHttp): void {
  const { upstream, accounts, stylesheetHref } = oidc;
  const { send, expired, load, crossSite, pageUrl } = http;

  const problemPage = (reply: FastifyReply, reason: UpstreamProblemReason, label: string, uid: string) => {
    const { status, title, text } = upstreamProblem(reason, label);
    return send(reply, status, messagePage({ title, text, alert: true, link: { href: pageUrl(uid), text: 'Back to sign-in' }, stylesheetHref }));
  };

  scope.post(`${oidc.mountPath}/interaction/:uid/upstream/:provider`, async (request: UidRequest<{ uid: string; provider: string }>, reply) => {
    if (crossSite(request)) return reply.status(403).send();
    const { provider } = request.params;
    const label = upstream.label(provider);
    if (!label) return reply.callNotFound();
    const interaction = await load(request, reply);
    if (!interaction || interaction.prompt.name !== 'login') return expired(reply);
    const started = await upstream.begin(provider);
    if (!started) {
      await accounts.upstreamFailed(provider, 'upstream_unavailable');
      return problemPage(reply, 'upstream_unavailable', label, interaction.uid);
    }
    await pendingStep.save(interaction, { kind: 'upstream', provider, ...started.exchange });
    reply.header('set-cookie', upstream.cookie.set({ uid: interaction.uid, provider }, new Date()));
    return reply.headers(SECURITY_HEADERS).redirect(started.url.href, 303);
  });

  scope.get(`${oidc.mountPath}/upstream/:provider/callback`, async (request: FastifyRequest<{ Params: { provider: string } }>, reply) => {
    const { provider } = request.params;
    const label = upstream.label(provider);
    if (!label) return reply.callNotFound();
    reply.header('set-cookie', upstream.cookie.clear());

    const bound = upstream.cookie.read(request.headers.cookie, new Date());
    const interaction = bound?.provider === provider ? await findInteraction(oidc.provider, bound.uid) : undefined;
    const step = interaction?.prompt.name === 'login' ? pendingStep.read(interaction) : undefined;
    if (!interaction || step?.kind !== 'upstream' || step.provider !== provider) {
      await accounts.upstreamFailed(provider, 'upstream_state_missing');
      return expired(reply);
    }
    await pendingStep.clear(interaction);

    // The provider answers on the registered redirect URI; rebuild it from configuration rather than from Host.
    const callbackUrl = new URL(upstream.redirectUri(provider));
    callbackUrl.search = new URL(request.url, callbackUrl).search;
    if (!timingSafeEqualHex(sha256Hex(callbackUrl.searchParams.get('state') ?? ''), sha256Hex(step.state))) {
      await accounts.upstreamFailed(provider, 'upstream_state_mismatch');
      return problemPage(reply, 'upstream_state_mismatch', label, interaction.uid);
    }
    const outcome = await upstream.complete(provider, callbackUrl, step);
    if (!outcome.ok) {
      await accounts.upstreamFailed(provider, outcome.reason);
      return problemPage(reply, outcome.reason, label, interaction.uid);
    }

    const signIn = await accounts.signInUpstream(outcome.identity);
    if (signIn.status === 'refused') return problemPage(reply, signIn.reason, label, interaction.uid);
    if (signIn.secondFactor) {
      await pendingStep.save(interaction, { kind: 'second_factor', accountId: signIn.userId, firstFactor: { method: 'upstream', provider } });
      return reply.headers(SECURITY_HEADERS).redirect(pageUrl(interaction.uid), 303);
    }
    // What `provider.interactionResult` does, without the interaction cookie this path never receives. The resume
    // endpoint still insists on its own cookie, which only the browser that started the interaction holds.
    interaction.result = { ...interaction.lastSubmission, login: { accountId: signIn.userId } };
    await interaction.persist();
    return reply.headers(SECURITY_HEADERS).redirect(interaction.returnTo, 303);
  });
}

/**
 * The interaction `uid` names, with the check `interactionDetails` makes: an interaction started inside a session
 * (prompt=login while signed in) is void once that session ended or changed hands.
 */
async function findInteraction(provider: Provider, uid: string): Promise<Interaction | undefined> {
  const interaction = await provider.Interaction.find(uid);
  if (!interaction?.session?.uid) return interaction;
  const session = await provider.Session.findByUid(interaction.session.uid);
  return session?.accountId === interaction.session.accountId ? interaction : undefined;
}
