import { describe, expect, it } from 'vitest';
import { topicForType } from '@media-gateway/events';

describe('topicForType', () => {
  it('puts every event of one aggregate kind on one topic', () => {
    expect(topicForType('catalog.title.upserted', 'mg')).toBe('mg.catalog.title');
    expect(topicForType('catalog.title.deleted', 'mg')).toBe('mg.catalog.title');
    expect(topicForType('catalog.reindexed', 'mg')).toBe('mg.catalog');
  });

  it('refuses a type a topic name cannot carry', () => {
    expect(() => topicForType('upserted', 'mg')).toThrow(/<domain>\.<aggregate>\.<verb>/);
    expect(() => topicForType('catalog.ti tle.upserted', 'mg')).toThrow(TypeError);
  });
});
