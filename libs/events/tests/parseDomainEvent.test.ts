import { describe, expect, it } from 'vitest';
import { EventsError, parseDomainEvent } from '@media-gateway/events';
import { makeEvent } from './support/makeEvent.js';

describe('parseDomainEvent', () => {
  it('accepts an envelope as it comes back from JSON', () => {
    const event = makeEvent('catalog.title.upserted', 't1', 7, { titleId: 't1' });
    expect(parseDomainEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it.each([
    ['null', null, 'not an object'],
    ['a missing id', { ...makeEvent('a.b.c', 'x', 1), id: undefined }, '`id` must be a non-empty string'],
    ['a fractional sequence', { ...makeEvent('a.b.c', 'x', 1), sequence: 1.5 }, '`sequence` must be a positive integer'],
    ['schema version 0', { ...makeEvent('a.b.c', 'x', 1), schemaVersion: 0 }, '`schemaVersion` must be a positive integer'],
  ])('refuses %s with EVENT_MALFORMED', (_name, value, problem) => {
    const error = (() => {
      try {
        parseDomainEvent(value);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EventsError);
    expect(error).toMatchObject({ code: 'EVENT_MALFORMED', message: `not a domain event: ${problem}` });
  });
});
