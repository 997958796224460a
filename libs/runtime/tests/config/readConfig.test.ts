import { describe, expect, it } from 'vitest';
import { ConfigError, env, readConfig } from '@media-gateway/runtime';

const shape = {
  PORT: env.port(4000),
  DATABASE_URL: env.url(['postgres', 'postgresql']),
  MODE: env.oneOf(['embedded', 'distributed'] as const, 'embedded'),
  DEMO: env.bool(true),
};

describe('readConfig', () => {
  it('applies defaults and types values', () => {
    const config = readConfig(shape, { DATABASE_URL: 'postgres://localhost/db', DEMO: 'false' });
    expect(config).toEqual({ PORT: 4000, DATABASE_URL: 'postgres://localhost/db', MODE: 'embedded', DEMO: false });
  });

  it('names every missing or invalid setting at once', () => {
    let error: unknown;
    try {
      readConfig(shape, { PORT: 'eighty', MODE: 'cluster' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, code } = error as ConfigError;
    expect(code).toBe('CONFIG_INVALID');
    expect(problems).toHaveLength(3);
    expect(problems).toContain('DATABASE_URL is required but not set');
    expect(problems.find((p) => p.startsWith('MODE='))).toMatch(/expected one of: embedded, distributed/);
    expect(problems.find((p) => p.startsWith('PORT='))).toMatch(/"eighty"/);
  });

  it('rejects a URL with the wrong protocol and treats blank values as unset', () => {
    expect(() => readConfig(shape, { DATABASE_URL: 'mysql://x' })).toThrow(/protocol postgres or postgresql/);
    expect(() => readConfig(shape, { DATABASE_URL: '   ' })).toThrow(/DATABASE_URL is required/);
  });
});

describe('readConfig secrets', () => {
  it('refuses a short secret without echoing it', () => {
    expect(() => readConfig({ APP_SECRET: env.secret(32) }, { APP_SECRET: 'hunter2' })).toThrow('APP_SECRET: must be at least 32 characters');
    try {
      readConfig({ APP_SECRET: env.secret(32) }, { APP_SECRET: 'hunter2' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});

describe('env.hostPorts', () => {
  const brokers = { KAFKA_BROKERS: env.hostPorts().optional() };

  it('reads a comma-separated host:port list, dropping blanks, and leaves an unset one undefined', () => {
    expect(readConfig(brokers, { KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092,' }).KAFKA_BROKERS).toEqual(['kafka-0:9092', 'kafka-1:9092']);
    expect(readConfig(brokers, {}).KAFKA_BROKERS).toBeUndefined();
  });

  it('refuses an entry without a port, naming the variable and the value', () => {
    expect(() => readConfig(brokers, { KAFKA_BROKERS: 'kafka-0:9092,kafka-1' })).toThrow(
      'KAFKA_BROKERS="kafka-0:9092,kafka-1": expected a comma-separated list of host:port',
    );
    expect(() => readConfig(brokers, { KAFKA_BROKERS: ',,' })).toThrow(/host:port/);
  });
});
