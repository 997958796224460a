import type { Command } from 'commander';
import { MediaGatewayError, type DeviceCodePrompt, type StoredTokens } from '@media-gateway/sdk';
import type { RunCommand } from '../createProgram.js';
import type { CommandContext } from '../CommandContext.js';
import { notSignedIn } from '../errors.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { fetchViewer } from '../lib/fetchViewer.js';
import { formatAuthStatus, type AuthStatus } from '../output/formatAuthStatus.js';
import { SCOPES } from '@media-gateway/auth';

/**
 * What the CLI asks for at sign-in: everything a user's own commands need, nothing administrative (the `cli`
 * client may ask for `admin:*`, and an admin can with `--scope`; identity grants those by role only). `openid
 * profile email` name the user in `auth status`; `offline_access` gets the refresh token that keeps a CLI signed in.
 */
export const DEFAULT_SCOPE = [
  'openid',
  'offline_access',
  'profile',
  'email',
  ...SCOPES.filter((scope) => !scope.startsWith('admin:') && scope !== 'explorer' && scope !== 'offline_access'),
].join(' ');

export function registerAuthCommand(program: Command, run: RunCommand): void {
  const auth = program.command('auth').description('sign in and out (OAuth device grant, tokens in credentials.json)');

  auth
    .command('login')
    .description('sign in: shows a code to enter at the verification page in any browser')
    .option('--scope <scopes>', 'space-separated OAuth scopes to ask for', DEFAULT_SCOPE)
    .action((options: { scope: string }, command: Command) => run(command, (ctx) => login(ctx, options.scope)));

  auth
    .command('logout')
    .description('revoke and forget this profile’s tokens')
    .action((_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        await ctx.session().logout();
        ctx.output.result({ signedIn: false, profileName: ctx.settings.profileName, url: ctx.settings.url }, () => `Signed out of ${ctx.settings.url}.`);
      }),
    );

  auth
    .command('status')
    .description('who is signed in (exit 3 when nobody is)')
    .action((_options: unknown, command: Command) => run(command, status));

  auth
    .command('token')
    .description('print a valid access token (refreshed when needed), e.g. for curl')
    .action((_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const accessToken = await ctx.session().accessToken();
        const tokens = await ctx.tokenStore().load();
        if (accessToken === undefined || !tokens) throw notSignedIn();
        ctx.output.result({ accessToken, expiresAt: new Date(tokens.expiresAt).toISOString() }, () => accessToken);
      }),
    );
}

async function login(ctx: CommandContext, scope: string): Promise<void> {
  const tokens = await ctx.session().deviceLogin({
    scope,
    signal: ctx.signal,
    // On stderr in both modes: stdout carries only the result, so `auth login --json | jq` still works.
    onPrompt: (prompt) => ctx.output.notice(formatPrompt(prompt)),
  });
  const described = await describe(ctx, tokens);
  ctx.output.result(described, () => formatAuthStatus(described));
}

/** The device-grant instructions (RFC 8628 §3.3): where to go and what to type. */
export function formatPrompt(prompt: DeviceCodePrompt): string {
  const minutes = Math.max(1, Math.round(prompt.expiresInSeconds / 60));
  const lines = [`To sign in, open ${prompt.verificationUri} in a browser and enter the code:`, '', `    ${prompt.userCode}`, ''];
  if (prompt.verificationUriComplete) lines.push(`(or open ${prompt.verificationUriComplete} directly)`);
  lines.push(`The code expires in ${minutes} minute${minutes === 1 ? '' : 's'}. Waiting for approval…`);
  return lines.join('\n');
}

async function status(ctx: CommandContext): Promise<ExitCode | undefined> {
  // accessToken() refreshes an expired token; a refused refresh clears the store and answers undefined.
  let accessToken: string | undefined;
  try {
    accessToken = await ctx.session().accessToken();
  } catch (error) {
    if (!(error instanceof MediaGatewayError) || error.code !== 'INVALID_GRANT') throw error;
  }
  const tokens = accessToken === undefined ? undefined : await ctx.tokenStore().load();
  if (!tokens) {
    const signedOut: AuthStatus = { signedIn: false, profileName: ctx.settings.profileName, url: ctx.settings.url };
    ctx.output.result(signedOut, () => formatAuthStatus(signedOut));
    return EXIT_CODES.notAuthenticated;
  }
  const described = await describe(ctx, tokens);
  ctx.output.result(described, () => formatAuthStatus(described));
  return described.signedIn ? undefined : EXIT_CODES.notAuthenticated;
}

function describeSync(ctx: CommandContext, tokens: StoredTokens): AuthStatus {
  return {
    signedIn: true,
    profileName: ctx.settings.profileName,
    url: ctx.settings.url,
    scope: tokens.scope,
    expiresAt: new Date(tokens.expiresAt).toISOString(),
  };
}

/** The token facts plus who the server says we are; a server that cannot be reached is a warning, not a failure. */
async function describe(ctx: CommandContext, tokens: StoredTokens): Promise<AuthStatus> {
  const base = describeSync(ctx, tokens);
  try {
    const me = await fetchViewer(ctx);
    return { ...base, user: { id: me.id, email: me.email, displayName: me.displayName } };
  } catch (error) {
    if (error instanceof MediaGatewayError && (error.code === 'UNAUTHENTICATED' || error.code === 'INVALID_GRANT')) {
      return { signedIn: false, profileName: base.profileName, url: base.url, warning: 'the server refused the stored tokens; sign in again' };
    }
    if (error instanceof MediaGatewayError && (error.code === 'NETWORK' || error.code === 'UNAVAILABLE')) {
      return { ...base, user: null, warning: `could not ask ${ctx.settings.url} who is signed in (${error.message})` };
    }
    throw error;
  }
}
