/**
 * A fixed cost for a field that replaces what the generic model would compute for it and its selections:
 * `flat` is the whole cost, `perItem` is multiplied by the field's page size (`first`/`limit`, else 10).
 */
export type FieldCost = { flat: number; perItem?: undefined } | { perItem: number; flat?: undefined };

/**
 * PRODUCT_SPEC §1: "search costs limit×50, discover limit×30, recommendations limit×100, similar limit×40,
 * availability 20, seasons 50". Keys are `Type.field`; fields that don't exist yet cost nothing until they do.
 */
export const SPEC_FIELD_COSTS: Readonly<Record<string, FieldCost>> = Object.freeze({
  'Query.search': { perItem: 50 },
  'Query.discover': { perItem: 30 },
  'Query.recommendations': { perItem: 100 },
  'Title.similar': { perItem: 40 },
  'Title.availability': { flat: 20 },
  'Title.seasons': { flat: 50 },
});
