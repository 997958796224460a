import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testCli } from './support/testEnvironment.js';

// The program in-process with its real config files (in a temp dir): argument parsing, exit codes, config commands
// and the sign-in guard. Nothing here needs the product; talking to it is tests/e2e/cli.
const clis: Array<ReturnType<typeof testCli>> = [];
function cli(options?: Parameters<typeof testCli>[0]) {
  const made = testCli(options);
  clis.push(made);
  return made;
}
afterEach(() => {
  for (const made of clis.splice(0)) made.dispose();
});

describe('usage errors exit 2', () => {
  it.each([
    [['serch', 'alien'], "error: unknown command 'serch'\n(Did you mean search?)"],
    [['search', 'alien', '--colour', 'red'], "error: unknown option '--colour'"],
    [['search'], "error: missing required argument 'query'"],
    [['search', 'alien', '--year', '2020-2015'], "error: option '--year <year>' argument '2020-2015' is invalid. the range 2020-2015 runs backwards; did you mean 2015-2020?"],
    [['search', 'alien', '--limit', '0'], "error: option '--limit <n>' argument '0' is invalid. expected a whole number from 1 to 100, got 0."],
    [['cast', 'some-title'], "error: required option '--device <id>' not specified"],
    [['mcp', 'start', '--transport', 'sse'], 'expected stdio or http'],
    [['watchlist'], 'Usage: media-gateway watchlist'],
  ])('media-gateway %j', async (argv, message) => {
    const run = await cli().run(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('a bad --url is a usage error too', async () => {
    const run = await cli().run('--url', 'localhost:4000', 'config', 'show');
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('{"error":{"code":"USAGE","message":"--url: url must use http or https, got \\"localhost:4000\\"","exitCode":2}}\n');
  });
});

describe('help and version exit 0', () => {
  it('prints help for `help`, `--help` and `help <command>`', async () => {
    const made = cli();
    for (const argv of [['help'], ['--help'], ['help', 'search'], ['search', '--help']]) {
      const run = await made.run(...argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: media-gateway/);
    }
    expect((await made.run('help', 'search')).stdout).toContain('--year <year>');
    expect((await made.run('help')).stdout).toContain('Exit codes: 0 ok, 1 error, 2 usage, 3 not signed in');
  });

  it('prints the version', async () => {
    expect(await cli().run('--version')).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});

describe('config', () => {
  it('sets, gets, shows and resets settings of the selected profile', async () => {
    const made = cli();
    expect(await made.run('config', 'set', 'region', 'gb')).toMatchObject({ code: 0, stdout: '{\n  "key": "region",\n  "value": "GB"\n}\n' });
    expect((await made.run('config', 'get', 'region')).json()).toEqual({ key: 'region', value: 'GB' });
    expect((await made.run('--profile-name', 'work', 'config', 'get', 'region')).json()).toEqual({ key: 'region', value: 'US' });

    const shown = (await made.run('config', 'show')).json<{ url: unknown; region: unknown; files: { config: string } }>();
    expect(shown.url).toEqual({ value: 'http://localhost:4000', source: 'default' });
    expect(shown.region).toEqual({ value: 'GB', source: 'config' });
    expect(shown.files.config).toBe(join(made.dir, 'config.toml'));

    expect((await made.run('config', 'reset')).code).toBe(0);
    expect((await made.run('config', 'get', 'region')).json()).toEqual({ key: 'region', value: 'US' });
  });

  it('prints the bare value for a person at a terminal', async () => {
    const made = cli({ tty: true });
    await made.run('config', 'set', 'url', 'https://api.example.test/');
    expect(await made.run('config', 'get', 'url')).toMatchObject({ code: 0, stdout: 'https://api.example.test\n' });
  });

  it('lets --url beat MEDIA_GATEWAY_URL beat the file', async () => {
    const made = cli({ env: { MEDIA_GATEWAY_URL: 'http://env.example.test' } });
    await made.run('config', 'set', 'url', 'http://file.example.test');
    expect((await made.run('config', 'get', 'url')).json()).toEqual({ key: 'url', value: 'http://env.example.test' });
    expect((await made.run('--url', 'http://flag.example.test', 'config', 'get', 'url')).json()).toEqual({ key: 'url', value: 'http://flag.example.test' });
  });

  it('refuses an unknown key or a bad value with exit 2', async () => {
    const made = cli();
    expect(await made.run('config', 'set', 'colour', 'blue')).toMatchObject({ code: 2 });
    const bad = await made.run('config', 'set', 'region', 'Europe');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('region must be a two-letter ISO 3166-1 code such as \\"US\\", got \\"Europe\\"');
  });

  it('exits 10 naming the file and the problem when config.toml is broken', async () => {
    const made = cli();
    writeFileSync(join(made.dir, 'config.toml'), '[profiles.default]\nurl = 4000\n');
    const run = await made.run('search', 'alien');
    expect(run.code).toBe(10);
    expect(JSON.parse(run.stderr)).toEqual({
      error: { code: 'CONFIG', message: `config error in ${join(made.dir, 'config.toml')}: profiles.default.url: must be a string, got number`, exitCode: 10 },
    });
  });
});

describe('signed out', () => {
  it.each([['devices', 'list'], ['watchlist', 'list'], ['auth', 'token'], ['cast', 't-1', '--device', 'd-1']])('`%s %s` exits 3 before any request', async (...argv) => {
    const requests: string[] = [];
    const run = await cli({ fetch: async (input) => (requests.push(String(input)), new Response('{}')) }).run(...argv);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stderr)).toEqual({ error: { code: 'NOT_AUTHENTICATED', message: 'Not signed in. Run `media-gateway auth login` first.', exitCode: 3 } });
    expect(requests).toEqual([]);
  });

  it('`auth status` prints the status and exits 3', async () => {
    const run = await cli().run('auth', 'status');
    expect(run.code).toBe(3);
    expect(run.json()).toEqual({ signedIn: false, profileName: 'default', url: 'http://localhost:4000' });
  });
});

describe('server answers', () => {
  let server: Server;
  let url: string;
  let answer: (path: string) => { status: number; body: unknown };
  beforeAll(async () => {
    server = createServer((request, response) => {
      const { status, body } = answer(request.url ?? '/');
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('`info` of a title the server does not have exits 4', async () => {
    answer = () => ({ status: 200, body: { data: { title: null } } });
    const run = await cli().run('--url', url, 'info', '00000000-0000-4000-8000-00000000dead');
    expect(run.code).toBe(4);
    expect(JSON.parse(run.stderr).error).toEqual({ code: 'NOT_FOUND', message: 'no title with id 00000000-0000-4000-8000-00000000dead', exitCode: 4 });
  });

  it.each([
    ['FORBIDDEN', 403, 6],
    ['RATE_LIMITED', 429, 7],
    ['BAD_USER_INPUT', 200, 2],
  ])('a %s answer exits %i→%i', async (code, status, exit) => {
    answer = () => ({ status, body: { errors: [{ message: `server says ${code}`, extensions: { code } }] } });
    const run = await cli().run('--url', url, 'search', 'alien');
    expect(run.code).toBe(exit);
    expect(JSON.parse(run.stderr).error).toMatchObject({ code, exitCode: exit });
  });

  it('`status` summarises /health and /ready', async () => {
    answer = (path) => ({ status: 200, body: path === '/health' ? { status: 'ok', service: 'router', mode: 'embedded' } : { status: 'ok', checks: { database: { ok: true } } } });
    const run = await cli().run('--url', url, 'status');
    expect(run.code).toBe(0);
    expect(run.json()).toEqual({ url, status: 'ok', health: { status: 'ok', service: 'router', mode: 'embedded' }, ready: { status: 'ok', checks: { database: { ok: true } } } });
  });

  it('a server that does not answer exits 5 and names the URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    for (const argv of [['search', 'alien'], ['status']]) {
      const run = await cli().run('--url', `http://127.0.0.1:${port}`, ...argv);
      expect(run.code).toBe(5);
      expect(JSON.parse(run.stderr).error.message).toContain(`cannot reach http://127.0.0.1:${port}`);
    }
  });
});
