import { z } from 'zod';
import { ConfigError } from './ConfigError.js';

/**
 * Validates the environment against a shape of `env.*` readers, applying defaults first. Collects every problem
 * rather than stopping at the first, so one failed start-up tells the operator everything to fix.
 *
 * @example
 * const config = readConfig({ PORT: env.port(4000), DATABASE_URL: env.url(['postgres', 'postgresql']) });
 */
export function readConfig<S extends z.ZodRawShape>(
  shape: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> {
  const values: Record<string, string | undefined> = {};
  for (const key of Object.keys(shape)) {
    const raw = source[key];
    values[key] = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  }
  const result = z.object(shape).safeParse(values);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(config)');
      const given = values[name];
      if (given === undefined && issue.code === 'invalid_type') return `${name} is required but not set`;
      // Never echo a secret into logs or the terminal.
      if (/SECRET|KEY|PASSWORD|TOKEN/.test(name)) return `${name}: ${issue.message}`;
      return `${name}=${JSON.stringify(given)}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  return result.data;
}
