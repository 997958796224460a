import { appendToOutbox, type OutboxEventInput } from '@media-gateway/events';
import type { PrismaClient } from '@media-gateway/db';
import type { HistoryWrite } from '../history/WatchHistoryEntry.js';
import type { ResumePoint } from '../resume/ResumePoint.js';
import { PLAYBACK_OUTBOX_SCHEMA } from './playbackOutbox.js';
import { writeResumePoint } from './ResumeStore.js';
import { writeHistory } from './WatchHistoryStore.js';

/** What one session change leaves in Postgres, all or nothing. */
export interface SessionWrite {
  /** Its domain events (`playback.*`), for the outbox. */
  events: OutboxEventInput[];
  /** An accepted position, for the resume projection (LWW by hlc). */
  resumePoints?: ResumePoint[];
  /** The sessions' history rows (written only with the viewer's consent). */
  history?: HistoryWrite[];
}

/**
 * Records session changes in Postgres: resume points, history rows and the outbox events in one transaction
 * (ARCHITECTURE.md "Events"), so an event is published exactly when the state it describes committed.
 */
export class SessionLedger {
  constructor(private readonly prisma: PrismaClient) {}

  async record(write: SessionWrite): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      for (const point of write.resumePoints ?? []) await writeResumePoint(tx, point);
      for (const entry of write.history ?? []) await writeHistory(tx, entry);
      await appendToOutbox(tx, PLAYBACK_OUTBOX_SCHEMA, write.events);
    });
  }
}
