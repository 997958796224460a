/** What `add`, `remove`, `clear` and `sync` report: what was queued, and whether the server has it yet. */
export interface WatchlistChange {
  action: 'add' | 'remove' | 'clear' | 'sync';
  profileId: string;
  deviceId: string;
  changed: string[];
  /** Queued changes the server acknowledged in this run (earlier offline ones included). */
  sent: number;
  /** False when the server could not be reached: the change waits in sync-queue.json for `watchlist sync`. */
  synced: boolean;
  pending: number;
  rejected: Array<{ titleIds: string[]; problems: string[] }>;
}

/** One line: what changed, and whether the server has it or it waits in the offline queue. */
export function formatWatchlistChange(report: WatchlistChange): string {
  const what = {
    add: `Added ${report.changed[0]} to the watchlist`,
    remove: `Removed ${report.changed[0]} from the watchlist`,
    clear: `Removed ${report.changed.length} title(s) from the watchlist`,
    sync: `Sent ${report.sent} change(s)`,
  }[report.action];
  if (report.synced) return `${what}; in sync with the server.`;
  return `${what} on this device; ${report.pending} change(s) wait for the server (run \`media-gateway watchlist sync\` when online).`;
}
