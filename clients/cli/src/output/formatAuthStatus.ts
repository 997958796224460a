/** What `auth status` (and `auth login`) report. */
export interface AuthStatus {
  signedIn: boolean;
  profileName: string;
  url: string;
  user?: { id: string; email: string; displayName: string } | null;
  scope?: string | undefined;
  /** When the access token expires (ISO 8601); a refresh token renews it. */
  expiresAt?: string;
  /** Set when the server could not be asked who is signed in. */
  warning?: string;
}

export function formatAuthStatus(status: AuthStatus): string {
  if (!status.signedIn) return `Not signed in to ${status.url} (profile "${status.profileName}"). Run \`media-gateway auth login\`.`;
  const who = status.user ? `${status.user.displayName} <${status.user.email}>` : 'unknown user';
  const lines = [`Signed in to ${status.url} as ${who} (profile "${status.profileName}").`];
  if (status.scope) lines.push(`scopes: ${status.scope}`);
  if (status.expiresAt) lines.push(`access token expires: ${status.expiresAt}`);
  if (status.warning) lines.push(`note: ${status.warning}`);
  return lines.join('\n');
}
