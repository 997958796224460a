import { operations } from '@media-gateway/sdk';
import type { CommandContext } from '../CommandContext.js';
import { notSignedIn } from '../errors.js';
import type { Viewer } from './results.js';

/** The signed-in user and their profiles (`Viewer`); exit 3 when the server says nobody is signed in. */
export async function fetchViewer(ctx: CommandContext): Promise<Viewer> {
  const { me } = await ctx.client().request(operations.Viewer, {}, { signal: ctx.signal });
  if (!me) throw notSignedIn();
  return me;
}

/**
 * The account profile the watchlist and cast act for: `--profile`, else the config's `profile`, else the user's
 * first profile (the account holder's own, which every account has).
 */
export async function accountProfileId(ctx: CommandContext, override?: string): Promise<string> {
  const chosen = override ?? ctx.settings.profile;
  if (chosen) return chosen;
  const first = (await fetchViewer(ctx)).profiles[0];
  if (!first) throw notSignedIn();
  return first.id;
}
