import { describe, expect, it } from 'vitest';
import { CATALOG_TITLE_DOCUMENT_VERSION, CATALOG_TITLE_UPSERTED, isCatalogTitleUpserted } from '@media-gateway/events';
import { makeEvent } from '../support/makeEvent.js';

describe('isCatalogTitleUpserted', () => {
  it('accepts only the title document version this code reads', () => {
    const event = makeEvent(CATALOG_TITLE_UPSERTED, 't1', 1);
    expect(CATALOG_TITLE_UPSERTED).toBe('catalog.title.upserted');
    expect(isCatalogTitleUpserted({ ...event, schemaVersion: CATALOG_TITLE_DOCUMENT_VERSION })).toBe(true);
    expect(isCatalogTitleUpserted({ ...event, schemaVersion: CATALOG_TITLE_DOCUMENT_VERSION + 1 })).toBe(false);
    expect(isCatalogTitleUpserted({ ...event, type: 'catalog.title.deleted' })).toBe(false);
  });
});
