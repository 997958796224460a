import type { Prisma } from '@media-gateway/db';
import type { Cursor, TitleOrder } from '../title/cursor.js';
import type { OfferCondition, TitleQuery } from '../title/TitleQuery.js';

type SortField = 'popularity' | 'releaseDate' | 'averageRating' | 'title';

const ORDERS: Record<TitleOrder, { field: SortField; direction: 'asc' | 'desc'; nullable: boolean }> = {
  POPULARITY: { field: 'popularity', direction: 'desc', nullable: false },
  RELEASE_DATE: { field: 'releaseDate', direction: 'desc', nullable: true },
  AVERAGE_RATING: { field: 'averageRating', direction: 'desc', nullable: true },
  NAME: { field: 'title', direction: 'asc', nullable: false },
};

/** Offers that can be watched at `now` in the condition's region, on its platforms, under its availability types. */
export function offerWhere(condition: OfferCondition, now: Date, includeDemo: boolean): Prisma.OfferWhereInput {
  const and: Prisma.OfferWhereInput[] = [
    { OR: [{ availableFrom: null }, { availableFrom: { lte: now } }] },
    { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
  ];
  if (!includeDemo) and.push({ source: { not: 'DEMO' } });
  if (condition.platforms) and.push({ platformId: { in: condition.platforms } });
  if (condition.availabilityTypes) and.push({ availabilityType: { in: condition.availabilityTypes } });
  if (condition.region) {
    const region = condition.region;
    // An offer without regions of its own is available wherever its platform operates.
    and.push({
      OR: [
        { regions: { has: region } },
        { regions: { isEmpty: true }, platform: { OR: [{ regions: { has: region } }, { regions: { isEmpty: true } }] } },
      ],
    });
  }
  return { AND: and };
}

export function titleWhere(query: TitleQuery, now: Date, includeDemo: boolean): Prisma.TitleWhereInput {
  const and: Prisma.TitleWhereInput[] = [{ deletedAt: null }];
  if (query.genres) and.push({ genres: { hasSome: query.genres } });
  if (query.contentTypes) and.push({ contentType: { in: query.contentTypes } });
  if (query.releaseYear) and.push({ releaseYear: { gte: query.releaseYear.min, lte: query.releaseYear.max } });
  if (query.averageRating) and.push({ averageRating: { gte: query.averageRating.min, lte: query.averageRating.max } });
  if (query.maxRatingRank !== undefined) and.push({ ratingRank: { not: null, lte: query.maxRatingRank } });
  if (query.maxRuntimeMinutes !== undefined) and.push({ runtimeMinutes: { lte: query.maxRuntimeMinutes } });
  if (query.offer) and.push({ offers: { some: offerWhere(query.offer, now, includeDemo) } });
  return { AND: and };
}

/** Rows strictly after the cursor in the order's sort, ties broken by id; nulls sort last. */
export function afterCursorWhere(cursor: Cursor): Prisma.TitleWhereInput {
  const { field, direction, nullable } = ORDERS[cursor.order];
  const value = field === 'releaseDate' && cursor.value !== null ? new Date(cursor.value) : cursor.value;
  if (value === null) return { [field]: null, id: { gt: cursor.id } };
  const beyond = direction === 'desc' ? { lt: value } : { gt: value };
  const or: Prisma.TitleWhereInput[] = [{ [field]: beyond }, { [field]: value, id: { gt: cursor.id } }];
  if (nullable) or.push({ [field]: null });
  return { OR: or };
}

export function titleOrderBy(order: TitleOrder): Prisma.TitleOrderByWithRelationInput[] {
  const { field, direction, nullable } = ORDERS[order];
  return [{ [field]: nullable ? { sort: direction, nulls: 'last' } : direction }, { id: 'asc' }];
}

/** The cursor that points at `row` under `order`. */
export function cursorValue(order: TitleOrder, row: { popularity: number; releaseDate: Date | null; averageRating: number | null; title: string }): number | string | null {
  const { field } = ORDERS[order];
  const value = row[field];
  return value instanceof Date ? value.toISOString() : value;
}
