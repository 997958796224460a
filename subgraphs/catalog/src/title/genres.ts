// The canonical genres are part of the catalog's published contract (libs/events), stored lower-case in Postgres
// and upper-case in GraphQL.
export { GENRES, isGenre } from '@media-gateway/events';
export type { Genre } from '@media-gateway/events';

/** The internal value of the GraphQL `Genre` enum (resolvers see the lower-case canonical genre). */
export type { Genre as GenreEnum } from '@media-gateway/events';
