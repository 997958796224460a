import type { FastifyReply, FastifyRequest } from 'fastify';
import { errors } from 'oidc-provider';
import type { Interaction, InteractionResults } from 'oidc-provider';
import type { OidcProvider } from './createOidcProvider.js';
import { messagePage } from './pages/messagePage.js';
import { SECURITY_HEADERS } from './securityHeaders.js';

export type UidRequest<P extends { uid: string } = { uid: string }> = FastifyRequest<{ Params: P; Body: Record<string, string> | undefined }>;

/** What every interaction route needs: answering with a page, loading the interaction, finishing it. */
export interface InteractionHttp {
  send(reply: FastifyReply, status: number, html: string): FastifyReply;
  /** The interaction is gone (expired, finished, or never this browser's): start again from the app. */
  expired(reply: FastifyReply): FastifyReply;
  /** The interaction of this browser (its interaction cookie) when it is the one in the URL. */
  load(request: UidRequest, reply: FastifyReply): Promise<Interaction | undefined>;
  /** Records the result and sends the browser on to the provider's resume endpoint. */
  finish(request: UidRequest, reply: FastifyReply, result: InteractionResults, merge?: boolean): Promise<FastifyReply>;
  /** A post the browser says came from another origin (`Origin`); refused outright. */
  crossSite(request: FastifyRequest): boolean;
  clientName(interaction: Interaction): string;
  /** `<mount>/interaction/<uid>`: the interaction's page, and the prefix of its form actions. */
  pageUrl(uid: string): string;
}

export function interactionHttp(oidc: OidcProvider): InteractionHttp {
  const issuerOrigin = new URL(oidc.issuer).origin;
  const { stylesheetHref } = oidc;

  const send = (reply: FastifyReply, status: number, html: string) =>
    reply.status(status).headers(SECURITY_HEADERS).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);

  return {
    send,
    expired: (reply) =>
      send(reply, 400, messagePage({ title: 'Sign-in expired', text: 'This sign-in page is no longer valid. Go back to the app and start again.', alert: true, stylesheetHref })),
    async load(request, reply) {
      try {
        const interaction = await oidc.provider.interactionDetails(request.raw, reply.raw);
        return interaction.uid === request.params.uid ? interaction : undefined;
      } catch (error) {
        if (error instanceof errors.SessionNotFound) return undefined;
        throw error;
      }
    },
    async finish(request, reply, result, merge = true) {
      const returnTo = await oidc.provider.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: merge });
      return reply.headers(SECURITY_HEADERS).redirect(returnTo, 303);
    },
    crossSite(request) {
      const origin = request.headers.origin;
      return origin !== undefined && origin !== issuerOrigin;
    },
    clientName(interaction) {
      const clientId = String(interaction.params.client_id);
      return oidc.client(clientId)?.name ?? clientId;
    },
    pageUrl: (uid) => `${oidc.mountPath}/interaction/${uid}`,
  };
}

/** A form field as text, cut at `max` characters; absent or repeated fields read as empty. */
export function field(body: Record<string, string> | undefined, name: string, max: number): string {
  const value = body?.[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}
