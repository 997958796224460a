/**
 * How many of `times` fall in the sliding window `(now - windowMs, now]`. Times after `now` (another server's
 * clock running slightly ahead) count too: a limiter that forgets them would be the one to err on the lenient side.
 */
export function countRecent(times: readonly Date[], now: Date, windowMs: number): number {
  const since = now.getTime() - windowMs;
  return times.filter((t) => t.getTime() > since).length;
}

/**
 * Seconds until the window holds fewer than `limit` times again, given it currently holds at least `limit`.
 * Rounded up so a client that waits exactly that long is let through.
 */
export function secondsUntilBelowLimit(times: readonly Date[], now: Date, windowMs: number, limit: number): number {
  const since = now.getTime() - windowMs;
  const inWindow = times.map((t) => t.getTime()).filter((t) => t > since).sort((a, b) => a - b);
  if (inWindow.length < limit) return 0;
  // The window drops below `limit` once the oldest (inWindow.length - limit + 1) entries have aged out.
  const freeing = inWindow[inWindow.length - limit] ?? now.getTime();
  return Math.max(1, Math.ceil((freeing + windowMs - now.getTime()) / 1000));
}
