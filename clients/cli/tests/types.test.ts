import { describe, expectTypeOf, it } from 'vitest';
import type { TokenStore } from '@media-gateway/sdk';
import { EXIT_CODES, exitCodeFor, runCli, type CliEnvironment, type FileTokenStore, type ConfigKey, type ExitCode } from '@media-gateway/cli';

// Compile-only checks of the public API (STYLE.md "compile-only type tests"): `tsc -p clients/cli/tsconfig.json`
// fails on a broken expectation or an unused @ts-expect-error.
describe('@media-gateway/cli types', () => {
  it('runs in-process and resolves with one of §12’s exit codes', () => {
    expectTypeOf(runCli).parameters.toEqualTypeOf<[readonly string[], CliEnvironment]>();
    expectTypeOf(runCli).returns.resolves.toEqualTypeOf<ExitCode>();
    expectTypeOf<ExitCode>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 10 | 130>();
    expectTypeOf(exitCodeFor).returns.toEqualTypeOf<ExitCode>();
    expectTypeOf(EXIT_CODES.usage).toEqualTypeOf<2>();
  });

  it('stores tokens through the SDK’s TokenStore seam, and names only the known config keys', () => {
    expectTypeOf<FileTokenStore>().toExtend<TokenStore>();
    expectTypeOf<ConfigKey>().toEqualTypeOf<'url' | 'region' | 'profile' | 'device'>();
    // @ts-expect-error: `colour` is not a config key
    const key: ConfigKey = 'colour';
    expectTypeOf(key).toEqualTypeOf<ConfigKey>();
  });
});
