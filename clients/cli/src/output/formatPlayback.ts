import type { PlaybackLaunch } from '../lib/results.js';

/** `m:ss` or `h:mm:ss`. */
export function formatPosition(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** What `cast` started: which title on which platform, from where, and the link the device opens. */
export function formatPlayback(launch: PlaybackLaunch): string {
  const { session } = launch;
  const from = launch.resumePositionSeconds > 0 ? `resuming at ${formatPosition(launch.resumePositionSeconds)}` : 'from the beginning';
  const lines = [
    `Playing ${session.title.name} on device ${session.deviceId} via ${launch.platform}, ${from}.`,
    `session: ${session.id}`,
  ];
  if (launch.deepLink) lines.push(`app link: ${launch.deepLink}`);
  lines.push(`web link: ${launch.webFallback}`);
  return lines.join('\n');
}
