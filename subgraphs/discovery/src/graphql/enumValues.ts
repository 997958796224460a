import { GENRES, type Genre } from '../vocabulary/genres.js';
import { MATCH_REASON_KINDS, type MatchReasonKind } from '../ranking/MatchReason.js';
import type { IntentKind, PersonRole } from '../intent/ParsedIntent.js';
import type { AutocompleteKind } from '../store/DiscoveryStore.js';

// The GraphQL enums are upper-case; the domain keeps lower-case values. These maps let Apollo translate both ways.
export type GenreEnum = Genre;
export type MatchReasonKindEnum = MatchReasonKind;
export type QueryKindEnum = IntentKind;
export type PersonRoleEnum = PersonRole;
export type SuggestionKindEnum = AutocompleteKind;

const upper = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<string, T>;

export const enumResolvers = {
  Genre: upper(GENRES),
  MatchReasonKind: upper(MATCH_REASON_KINDS),
  QueryKind: upper<IntentKind>(['search', 'recommendation', 'trivia']),
  PersonRole: upper<PersonRole>(['director', 'cast', 'any']),
  SuggestionKind: upper<AutocompleteKind>(['title', 'person', 'genre']),
};
