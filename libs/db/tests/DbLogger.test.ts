import { describe, expectTypeOf, it } from 'vitest';
import type { DbLogger } from '@media-gateway/db';
import type { Logger } from '@media-gateway/runtime';

describe('DbLogger', () => {
  it('is satisfied by the runtime (pino) logger, so services pass theirs straight in', () => {
    expectTypeOf<Logger>().toExtend<DbLogger>();
  });
});
