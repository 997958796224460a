import { z } from 'zod';

/**
 * Typed readers for environment variables. Each returns a zod schema that accepts the raw string (or undefined)
 * and yields the typed value, so one `readConfig` call validates every variable and reports all problems at once.
 */
export const env = {
  string: (opts: { default?: string } = {}) =>
    opts.default === undefined ? z.string().min(1) : z.string().min(1).default(opts.default),

  optionalString: () => z.string().min(1).optional(),

  /** A secret of at least `minLength` characters; the message never repeats the value. */
  secret: (minLength: number) => z.string().min(minLength, `must be at least ${minLength} characters`),

  int: (opts: { default?: number; min?: number; max?: number } = {}) => {
    let schema = z.coerce.number().int();
    if (opts.min !== undefined) schema = schema.min(opts.min);
    if (opts.max !== undefined) schema = schema.max(opts.max);
    return opts.default === undefined ? schema : schema.default(opts.default);
  },

  /**
   * A comma-separated list of `host:port` (e.g. `KAFKA_BROKERS=kafka-0:9092, kafka-1:9092`), as an array. Empty
   * entries are dropped; a list with none left, or an entry that is not `host:port`, is refused.
   */
  hostPorts: () =>
    z
      .string()
      .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
      .refine((list) => list.length > 0 && list.every((entry) => /^[^\s:/]+:\d{1,5}$/.test(entry)), 'expected a comma-separated list of host:port'),

  port: (defaultPort: number) => z.coerce.number().int().min(0).max(65535).default(defaultPort),

  bool: (defaultValue: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected one of: true, false, 1, 0, yes, no' })
      .default(defaultValue ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),

  oneOf: <const T extends readonly [string, ...string[]]>(values: T, defaultValue: T[number]) =>
    z.enum(values, { message: `expected one of: ${values.join(', ')}` }).default(defaultValue as never),

  url: (protocols: readonly string[]) =>
    z
      .string()
      .min(1)
      .refine((v) => {
        try {
          return protocols.includes(new URL(v).protocol.replace(/:$/, ''));
        } catch {
          return false;
        }
      }, `expected a URL with protocol ${protocols.join(' or ')}`),
};
