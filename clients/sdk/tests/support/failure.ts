import { expect } from 'vitest';
import { MediaGatewayError } from '@media-gateway/sdk';

/** Awaits a promise that must reject with a `MediaGatewayError`, and returns that error for its code and message. */
export async function failure(promise: Promise<unknown>): Promise<MediaGatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaGatewayError);
  return error as MediaGatewayError;
}
