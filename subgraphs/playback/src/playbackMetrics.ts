import { Counter, type Registry } from 'prom-client';

export type PlaybackMetricEvent =
  | { kind: 'session-started'; via: 'initiate' | 'start' | 'handoff' }
  | { kind: 'position-report'; outcome: 'accepted' | 'throttled' }
  | { kind: 'session-ended'; reason: string }
  | { kind: 'history-anonymized'; rows: number };

/** Counts what playback does; a no-op without a registry. */
export type PlaybackMetrics = (event: PlaybackMetricEvent) => void;

export function playbackMetrics(registry: Registry | undefined): PlaybackMetrics {
  if (!registry) return () => {};
  const started = new Counter({
    name: 'playback_sessions_started_total',
    help: 'Playback sessions opened, by how',
    labelNames: ['via'] as const,
    registers: [registry],
  });
  const reports = new Counter({
    name: 'playback_position_reports_total',
    help: 'Position reports, taken or throttled (more than one a second)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const ended = new Counter({
    name: 'playback_sessions_ended_total',
    help: 'Playback sessions ended, by reason',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const anonymized = new Counter({
    name: 'playback_watch_history_anonymized_total',
    help: 'Watch-history rows anonymised after the 90-day retention (VPPA)',
    registers: [registry],
  });
  return (event) => {
    switch (event.kind) {
      case 'session-started':
        return started.inc({ via: event.via });
      case 'position-report':
        return reports.inc({ outcome: event.outcome });
      case 'session-ended':
        return ended.inc({ reason: event.reason });
      case 'history-anonymized':
        return anonymized.inc(event.rows);
    }
  };
}
