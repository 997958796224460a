import type { operations, ResultOf } from '@media-gateway/sdk';

/** Result types of the trusted operations the CLI sends, read off the SDK's typed constants. */
export type SearchResults = ResultOf<typeof operations.SemanticSearch>['search'];
export type TitleDetails = NonNullable<ResultOf<typeof operations.TitleDetails>['title']>;
export type Offer = TitleDetails['availability'][number];
export type Device = ResultOf<typeof operations.Devices>['devices'][number];
export type Library = ResultOf<typeof operations.Library>['library'];
export type WatchlistEntry = Library['watchlist'][number];
export type Viewer = NonNullable<ResultOf<typeof operations.Viewer>['me']>;
export type PlaybackLaunch = ResultOf<typeof operations.InitiatePlayback>['initiatePlayback'];
export type RecommendationList = NonNullable<ResultOf<typeof operations.Recommendations>['profile']>['recommendations'];
