/**
 * The slice of a logger this package uses. A pino `Logger` (what `@media-gateway/runtime`'s `createLogger` returns)
 * fits as is; the package doesn't depend on pino.
 */
export interface EventsLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
