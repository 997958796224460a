import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { PrismaDiscoveryStore } from '../../src/store/PrismaDiscoveryStore.js';
import type { CatalogTitleDocument } from '../../src/store/CatalogTitleDocument.js';
import { discoveryFixtures } from './discoveryFixtures.js';

export interface OpenStore {
  store: PrismaDiscoveryStore;
  db: DbClient;
  /** The display name of a fixture title id (tests read better by name). */
  nameOf(titleId: string): string;
  /** Empties the read model (cheaper than a new database, which takes seconds on PGlite). */
  reset(): Promise<void>;
  dispose(): Promise<void>;
}

/** A fresh migrated database (real Postgres, or PGlite without one) with the fixture applied unless `empty`. */
export async function openStore(options: { empty?: boolean; documents?: CatalogTitleDocument[] } = {}): Promise<OpenStore> {
  const database: TestDatabase = await createTestDatabase();
  const db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  const store = new PrismaDiscoveryStore(db.prisma);
  const documents = options.documents ?? discoveryFixtures();
  if (!options.empty) await store.applyTitleDocuments(documents);
  const names = new Map(discoveryFixtures().map((d) => [d.titleId, d.name]));
  return {
    store,
    db,
    nameOf: (id) => names.get(id) ?? id,
    reset: async () => {
      await db.pool.query('TRUNCATE discovery.search_document, discovery.search_offer, discovery.autocomplete_term, discovery.consumer_offset');
    },
    dispose: async () => {
      await db.dispose();
      await database.dispose();
    },
  };
}
