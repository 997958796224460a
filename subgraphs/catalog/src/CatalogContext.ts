import DataLoader from 'dataloader';
import type { PubSub } from '@media-gateway/realtime';
import type { CatalogStore, OfferRecord, PlatformRecord, TitleDetails, TitleRecord } from './store/CatalogStore.js';

export interface CatalogContext {
  store: CatalogStore;
  platforms: ReadonlyMap<string, PlatformRecord>;
  /** Where availability changes are announced (`channels.availability()`), and what `availabilityChanged` listens to. */
  pubsub: PubSub;
  /** One clock reading per request, so every field agrees on what "available now" means. */
  now: Date;
  titles: DataLoader<string, TitleRecord | null>;
  details: DataLoader<string, TitleDetails>;
  availability: DataLoader<AvailabilityKey, OfferRecord[], string>;
}

export interface AvailabilityKey {
  titleId: string;
  region: string;
}

type CatalogLoaders = Pick<CatalogContext, 'now' | 'titles' | 'details' | 'availability'>;

/** Per-request loaders batch the lookups of a whole page into one query per region. */
export function createCatalogContext(store: CatalogStore, platforms: ReadonlyMap<string, PlatformRecord>, pubsub: PubSub): CatalogContext {
  return { store, platforms, pubsub, ...createLoaders(store) };
}

/**
 * Gives a long-lived context the clock reading and empty loaders of a new request. A subscription keeps the context
 * it was opened with for every event it delivers, and an event must not show the titles and offers the loaders
 * cached for an earlier one (nor judge "available now" by the time the subscription started). Events of one
 * subscription are resolved one after the other, so renewing before each is safe.
 */
export function renewCatalogContext(ctx: CatalogContext): void {
  Object.assign(ctx, createLoaders(ctx.store));
}

function createLoaders(store: CatalogStore): CatalogLoaders {
  const now = new Date();
  return {
    now,
    titles: new DataLoader(async (ids) => {
      const rows = await store.titlesByIds(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    details: new DataLoader(async (ids) => {
      const found = await store.detailsFor(ids);
      return ids.map((id) => found.get(id) ?? { localizedTitles: [], externalIds: [], credits: [] });
    }),
    availability: new DataLoader(
      async (keys) => {
        const byRegion = new Map<string, string[]>();
        for (const { titleId, region } of keys) byRegion.set(region, [...(byRegion.get(region) ?? []), titleId]);
        const found = new Map<string, OfferRecord[]>();
        await Promise.all(
          [...byRegion].map(async ([region, titleIds]) => {
            for (const offer of await store.offersFor(titleIds, region, now)) {
              const key = `${offer.titleId}|${region}`;
              found.set(key, [...(found.get(key) ?? []), offer]);
            }
          }),
        );
        return keys.map(({ titleId, region }) => found.get(`${titleId}|${region}`) ?? []);
      },
      { cacheKeyFn: ({ titleId, region }) => `${titleId}|${region}` },
    ),
  };
}
