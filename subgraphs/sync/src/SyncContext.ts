import type { Identity } from '@media-gateway/auth';
import type { LibrarySync } from './library/LibrarySync.js';

/** One request's context: who the router says is calling (verified), and the library use cases. */
export interface SyncContext {
  identity: Identity;
  library: LibrarySync;
}
