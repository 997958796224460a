import type { Scope } from '@media-gateway/auth';

/** What the ARW manifest says about one `@action` tag of schema/operations. */
export interface ActionEntry {
  description: string;
  /** The OAuth scopes (PRODUCT_SPEC §6) an agent asks for to run the action's queries and mutations. */
  scopes: { query: readonly Scope[]; mutation: readonly Scope[] };
}

/**
 * The actions the trusted operations are grouped into (`# @action <id>` in schema/operations), in §11's ARW terms.
 *
 * Why a table: most fields only say `@authenticated` in the supergraph, so `operationAccess` finds no scopes for
 * them, yet §6 names the scope each domain's data sits under (`write:playback`, which needs the user's consent; the
 * watchlist's read/write pair, …). An agent should ask for those, so the manifest lists them beside whatever the
 * schema itself requires. An action missing here still appears, with the schema's scopes only.
 */
export const ACTION_CATALOG: Readonly<Record<string, ActionEntry>> = {
  search: {
    description: 'Find titles in plain words or by filters, look up details, availability, similar titles, genres and platforms.',
    scopes: { query: ['read:content'], mutation: [] },
  },
  recommend: {
    description: "Personal picks for one of the user's profiles with explanations, related titles, and ratings or dismissals that teach it.",
    scopes: { query: ['read:recommendations'], mutation: ['write:ratings'] },
  },
  watchlist: {
    description: "Read the user's watchlist, continue-watching row, watch history and library changes.",
    scopes: { query: ['read:watchlist'], mutation: ['write:watchlist'] },
  },
  devices: {
    description: "List the user's devices and their status.",
    scopes: { query: ['read:devices'], mutation: ['write:devices'] },
  },
  playback: {
    description: "Start, control and hand off playback on the user's devices (deep links into the streaming apps).",
    scopes: { query: ['read:devices'], mutation: ['write:playback'] },
  },
  preferences: {
    description: "Read and update the user's preferences.",
    scopes: { query: ['read:preferences'], mutation: ['write:preferences'] },
  },
  account: {
    description: 'Who the signed-in user is.',
    scopes: { query: [], mutation: [] },
  },
};
