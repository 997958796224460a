import type { CreditRole, QueryResolvers, RatingSystem, TitleConnectionResolvers, TitleResolvers } from '../generated/resolvers.js';
import { badUserInput } from '../errors.js';
import { isUuid } from '../lib/isUuid.js';
import { GENRES } from './genres.js';
import { encodeCursor } from './cursor.js';
import { localizedName } from './localizedName.js';
import { parseTitleQuery } from './parseTitleQuery.js';
import { cursorValue } from '../store/titleWhere.js';
import { minimumAge } from './contentRating.js';

const EXTERNAL_ID_FIELDS: Record<string, string> = {
  imdb: 'imdb',
  tmdb_movie: 'tmdbMovie',
  tmdb_tv: 'tmdbTv',
  mal: 'myAnimeList',
  anilist: 'aniList',
  anidb: 'aniDb',
  bangumi: 'bangumi',
};

export const titleResolvers: {
  Query: Pick<QueryResolvers, 'title' | 'titles' | 'genres'>;
  Title: Omit<TitleResolvers, 'availability'>;
  TitleConnection: TitleConnectionResolvers;
} = {
  Query: {
    async title(_, args, ctx) {
      if (!isUuid(args.id)) throw badUserInput([`id must be a title UUID, got ${JSON.stringify(args.id.slice(0, 64))}`]);
      return ctx.titles.load(args.id.toLowerCase());
    },

    async titles(_, args, ctx) {
      const parsed = parseTitleQuery(args, (id) => ctx.platforms.has(id));
      if (!parsed.ok) throw badUserInput(parsed.problems);
      const { query } = parsed;
      const { rows, hasNextPage } = await ctx.store.findTitles(query, ctx.now);
      for (const row of rows) ctx.titles.prime(row.id, row);
      const edges = rows.map((node) => ({
        node,
        cursor: encodeCursor({ order: query.order, value: cursorValue(query.order, node), id: node.id }),
      }));
      return {
        edges,
        pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        // Counting is a second query; only run it when the client asks for the count.
        totalCount: () => ctx.store.countTitles(query, ctx.now),
      };
    },

    async genres(_, __, ctx) {
      const counts = new Map((await ctx.store.genreCounts()).map((row) => [row.genre, row.count]));
      return GENRES.map((genre) => ({ genre, titleCount: counts.get(genre) ?? 0 }));
    },
  },

  Title: {
    __resolveReference(reference, ctx) {
      return isUuid(reference.id) ? ctx.titles.load(reference.id.toLowerCase()) : null;
    },
    async name(title, args, ctx) {
      if (!args.locale) return title.title;
      const { localizedTitles } = await ctx.details.load(title.id);
      return localizedName(localizedTitles, args.locale, title.title);
    },
    originalName: (title) => title.originalTitle,
    localizedNames: async (title, _, ctx) =>
      [...(await ctx.details.load(title.id)).localizedTitles]
        .sort((a, b) => a.locale.localeCompare(b.locale) || a.position - b.position)
        .map(({ locale, name }) => ({ locale, name })),
    contentRating(title) {
      if (!title.ratingSystem || !title.rating) return null;
      // Storage keeps enum-like columns as text; ingestion only ever writes the schema's values.
      return { system: title.ratingSystem as RatingSystem, rating: title.rating, minimumAge: minimumAge(title.rating) ?? 0 };
    },
    directors: async (title, _, ctx) =>
      (await ctx.details.load(title.id)).credits.filter((c) => c.role === 'DIRECTOR').map((c) => c.personName),
    credits: async (title, _, ctx) =>
      (await ctx.details.load(title.id)).credits.map((c) => ({ name: c.personName, role: c.role as CreditRole, job: c.job })),
    async externalIds(title, _, ctx) {
      const ids: Record<string, string> = {};
      for (const { system, value } of (await ctx.details.load(title.id)).externalIds) {
        const field = EXTERNAL_ID_FIELDS[system];
        if (field && !(field in ids)) ids[field] = value;
      }
      return ids;
    },
  },

  TitleConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
