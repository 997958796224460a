import { ConfigError, env, readConfig } from '@media-gateway/runtime';
import { issuerProblem, type UpstreamProviderConfig } from './UpstreamProviderConfig.js';

/** The upstream providers `readUpstreamProviders` knows, with their variable prefix (`OIDC_GOOGLE_…`). */
const KNOWN = [
  { id: 'google', label: 'Google', prefix: 'OIDC_GOOGLE' },
  { id: 'github', label: 'GitHub', prefix: 'OIDC_GITHUB' },
] as const;

/**
 * The upstream sign-in providers configured in the environment: for each of Google and GitHub, `OIDC_<NAME>_ISSUER`,
 * `OIDC_<NAME>_CLIENT_ID` and `OIDC_<NAME>_CLIENT_SECRET`, all three or none. Half a configuration is a mistake, not a
 * way to switch a provider off, so it stops the start naming the missing variables; so does an issuer that is not
 * https (http only on a loopback address). Every problem of every provider is reported at once.
 *
 * @example
 * createOidcProvider({ ..., upstreams: readUpstreamProviders(process.env) })
 */
export function readUpstreamProviders(source: Record<string, string | undefined> = process.env): UpstreamProviderConfig[] {
  const raw = readConfig(
    Object.fromEntries(
      KNOWN.flatMap(({ prefix }) => [
        [`${prefix}_ISSUER`, env.url(['http', 'https']).optional()],
        [`${prefix}_CLIENT_ID`, env.optionalString()],
        [`${prefix}_CLIENT_SECRET`, env.optionalString()],
      ]),
    ),
    source,
  ) as Record<string, string | undefined>;

  const problems: string[] = [];
  const providers: UpstreamProviderConfig[] = [];
  for (const { id, label, prefix } of KNOWN) {
    const names = [`${prefix}_ISSUER`, `${prefix}_CLIENT_ID`, `${prefix}_CLIENT_SECRET`] as const;
    const [issuer, clientId, clientSecret] = names.map((name) => raw[name]);
    const missing = names.filter((name) => raw[name] === undefined);
    if (missing.length === names.length) continue;
    if (missing.length > 0) {
      const set = names.filter((name) => raw[name] !== undefined);
      problems.push(...missing.map((name) => `${name} is required when ${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set (${label} sign-in needs all three)`));
      continue;
    }
    const problem = issuerProblem(issuer!);
    if (problem) {
      problems.push(`${prefix}_ISSUER=${JSON.stringify(issuer)}: ${problem}`);
      continue;
    }
    providers.push({ id, label, issuer: issuer!, clientId: clientId!, clientSecret: clientSecret! });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return providers;
}
