import { describe, expect, it } from 'vitest';
import { CliError, parseConfig } from '@media-gateway/cli';

const PATH = '/home/ada/.config/media-gateway/config.toml';

function failure(text: string): CliError {
  try {
    parseConfig(text, PATH);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a config error');
}

describe('parseConfig', () => {
  it('reads named profiles and normalises their values', () => {
    const text = /* TOML */ `
[profiles.default]
url = "https://api.example.test/"
region = "gb"

[profiles.work]
url = "http://127.0.0.1:4000"
profile = "7b6f0c8e-1111-4c4c-9a9a-000000000001"
`;
    expect(parseConfig(text, PATH)).toEqual({
      profiles: {
        default: { url: 'https://api.example.test', region: 'GB' },
        work: { url: 'http://127.0.0.1:4000', profile: '7b6f0c8e-1111-4c4c-9a9a-000000000001' },
      },
    });
  });

  it('reads an empty file as no profiles', () => {
    expect(parseConfig('', PATH)).toEqual({ profiles: {} });
  });

  it('reports a TOML syntax error with the path, line and column (exit 10)', () => {
    const error = failure('[profiles.default]\nurl = "http://x\n');
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(/^config error in \/home\/ada\/\.config\/media-gateway\/config\.toml: not valid TOML \(line 2, column \d+\): /);
  });

  it('collects every problem, each with its place', () => {
    const error = failure(`
colour = "blue"
[profiles.default]
url = "ftp://files.example.test"
regoin = "US"
region = 44
[profiles."has space"]
`);
    expect(error.code).toBe('CONFIG');
    expect(error.message).toBe(
      `config error in ${PATH}: unknown top-level key "colour" (only [profiles.<name>] tables); ` +
        'profiles.default.url: url must use http or https, got "ftp://files.example.test"; ' +
        'profiles.default.regoin: unknown key (known: url, region, profile, device); ' +
        'profiles.default.region: must be a string, got number; ' +
        'profile name must be 1–64 letters, digits, "-" or "_", got "has space"',
    );
  });
});
