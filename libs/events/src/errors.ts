/**
 * The closed set of error codes of `@media-gateway/events`. Caller misuse (a bad option, a duplicate group) is a
 * `TypeError` naming the option instead; these are for conditions a correct caller still meets at run time.
 */
export const EVENTS_ERRORS = {
  BUS_CLOSED: { description: 'publish or subscribe was called after the bus was closed.', addedIn: '0.1.0' },
  EVENT_MALFORMED: {
    description: 'A message on the bus or a row in an outbox is not a valid domain event envelope; it is skipped and logged.',
    addedIn: '0.1.0',
  },
} as const;

export type EventsErrorCode = keyof typeof EVENTS_ERRORS;

export class EventsError extends Error {
  constructor(
    readonly code: EventsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EventsError';
  }
}
