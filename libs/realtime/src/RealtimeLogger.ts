/**
 * The slice of a logger this package uses. A pino `Logger` (what `@media-gateway/runtime`'s `createLogger` returns)
 * fits as is; the package doesn't depend on pino.
 */
export interface RealtimeLogger {
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Used when no logger is given: these messages are diagnostics, never control flow. */
export const silentLogger: RealtimeLogger = {
  warn() {},
  error() {},
};
