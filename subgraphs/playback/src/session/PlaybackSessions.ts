import { randomUUID } from 'node:crypto';
import { channels, type PubSub } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import { playbackError } from '../errors.js';
import type { PlaybackMetrics } from '../playbackMetrics.js';
import type { ResumeStore } from '../store/ResumeStore.js';
import type { SessionLedger, SessionWrite } from '../store/SessionLedger.js';
import { applyPositionReport, type PositionReport } from './applyPositionReport.js';
import { endSession } from './endSession.js';
import { newSession } from './newSession.js';
import type { PlaybackSessionChange, PlaybackSessionChangeKind } from './PlaybackSessionChange.js';
import type { PlaybackEndReason, PlaybackSessionRecord } from './PlaybackSessionRecord.js';
import { resumePosition } from './resumePosition.js';
import type { SessionClock } from './SessionClock.js';
import { historyOf, positionUpdatedEvent, resumePointOf, sessionCreatedEvent, sessionEndedEvent } from './sessionEvents.js';
import type { SessionStore } from './SessionStore.js';

/** Compare-and-set attempts before a write gives up with CONFLICT (another replica keeps winning). */
const MAX_ATTEMPTS = 3;

export interface PlaybackSessionsOptions {
  store: SessionStore;
  ledger: SessionLedger;
  resume: ResumeStore;
  pubsub: PubSub;
  clock: SessionClock;
  now: () => number;
  logger: Logger;
  metrics: PlaybackMetrics;
}

export interface StartSession {
  titleId: string;
  deviceId: string;
  profileId: string;
  platform: string | null;
  durationSeconds: number;
  /** What the resume rule offered (`resumeSeconds`), 0 for none. */
  resumePositionSeconds: number;
  /** Where playback starts; `resumePositionSeconds` when null. */
  positionSeconds: number | null;
  /** A chosen id (a handoff names the new session in its LOAD before creating it). */
  id?: string;
}

/**
 * The §10 session operations over the session store (Redis), each change recorded in Postgres (resume point,
 * history, outbox) and announced on the user's playback channel. Every operation is scoped to the caller: another
 * user's session is NOT_FOUND, as if it did not exist.
 */
export class PlaybackSessions {
  constructor(private readonly options: PlaybackSessionsOptions) {}

  /** The caller's session, or null (unknown, expired, or someone else's). */
  async get(userId: string, sessionId: string): Promise<PlaybackSessionRecord | null> {
    const session = await this.options.store.get(sessionId);
    return session && session.userId === userId ? session : null;
  }

  /** The caller's sessions, most recently updated first. */
  async list(userId: string, activeOnly: boolean): Promise<PlaybackSessionRecord[]> {
    const sessions = await this.options.store.listForUser(userId);
    return sessions
      .filter((s) => s.userId === userId && (!activeOnly || s.state !== 'STOPPED'))
      .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
  }

  /** Where the profile would resume the title (§10 rule), 0 when it would not. */
  async resumeSeconds(userId: string, profileId: string, titleId: string): Promise<{ seconds: number; durationSeconds: number | null }> {
    const point = await this.options.resume.get(userId, profileId, titleId);
    // Later stamps must sort after what this viewer's devices already wrote (see SessionClock).
    this.options.clock.observe(point?.hlc);
    return { seconds: resumePosition(point), durationSeconds: point?.durationSeconds ?? null };
  }

  /** Opens a session. */
  async start(userId: string, input: StartSession, via: 'initiate' | 'start'): Promise<PlaybackSessionRecord> {
    const session = this.build(userId, input);
    await this.createAndRecord(session, { events: [sessionCreatedEvent(session)], history: [historyOf(session)] });
    this.options.metrics({ kind: 'session-started', via });
    await this.announce(session, 'STARTED');
    return session;
  }

  /**
   * A position report (§10 "update position, pushed to sync"): at most one a second unless the state changes,
   * clamped to the duration, stamped by the server clock, written as the resume point and the history row, and
   * announced. A throttled report answers the session as stored.
   */
  async report(userId: string, sessionId: string, report: PositionReport): Promise<PlaybackSessionRecord> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.owned(userId, sessionId);
      const outcome = applyPositionReport(current, report, this.options.now());
      if (outcome.kind === 'ended') throw ended(current);
      if (outcome.kind === 'throttled') {
        this.options.metrics({ kind: 'position-report', outcome: 'throttled' });
        return current;
      }
      const next = outcome.session;
      if (!(await this.options.store.replace(next, current.version))) continue;
      const hlc = this.options.clock.stamp(next.deviceId);
      await this.recordOrRevert(current, next, {
        events: [positionUpdatedEvent(next, hlc)],
        resumePoints: [resumePointOf(next, hlc)],
        history: [historyOf(next)],
      });
      this.options.metrics({ kind: 'position-report', outcome: 'accepted' });
      await this.announce(next, outcome.change);
      return next;
    }
    throw concurrentChange();
  }

  /** Ends a live session (STOPPED), at `positionSeconds` when given. CONFLICT when it already ended. */
  async end(userId: string, sessionId: string, positionSeconds: number | null): Promise<PlaybackSessionRecord> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.owned(userId, sessionId);
      const result = this.ending(current, positionSeconds, 'ENDED');
      if (!(await this.options.store.replace(result.session, current.version))) continue;
      await this.recordOrRevert(current, result.session, result.write);
      this.options.metrics({ kind: 'session-ended', reason: 'ENDED' });
      await this.announce(result.session, 'ENDED');
      return result.session;
    }
    throw concurrentChange();
  }

  /**
   * The session handoff's state change: `from` ends with reason HANDOFF and `to` starts on the target, recorded in
   * one transaction. `from` must be the version the caller read (CONFLICT otherwise).
   */
  async transfer(from: PlaybackSessionRecord, to: StartSession): Promise<{ previous: PlaybackSessionRecord; next: PlaybackSessionRecord }> {
    const result = this.ending(from, null, 'HANDOFF');
    const next = this.build(from.userId, to);
    if (!(await this.options.store.replace(result.session, from.version))) throw concurrentChange();
    try {
      await this.createAndRecord(next, {
        events: [...result.write.events, sessionCreatedEvent(next)],
        resumePoints: result.write.resumePoints ?? [],
        history: [...(result.write.history ?? []), historyOf(next)],
      });
    } catch (error) {
      await this.revert(from, result.session);
      throw error;
    }
    this.options.metrics({ kind: 'session-ended', reason: 'HANDOFF' });
    this.options.metrics({ kind: 'session-started', via: 'handoff' });
    await this.announce(result.session, 'ENDED');
    await this.announce(next, 'HANDOFF');
    return { previous: result.session, next };
  }

  /** The caller's live-or-ended session; NOT_FOUND otherwise. */
  async owned(userId: string, sessionId: string): Promise<PlaybackSessionRecord> {
    const session = await this.get(userId, sessionId);
    if (!session) throw playbackError('NOT_FOUND', 'No such playback session.');
    return session;
  }

  private build(userId: string, input: StartSession): PlaybackSessionRecord {
    return newSession(
      {
        id: input.id ?? randomUUID(),
        userId,
        profileId: input.profileId,
        titleId: input.titleId,
        deviceId: input.deviceId,
        platform: input.platform,
        durationSeconds: input.durationSeconds,
        positionSeconds: input.positionSeconds ?? input.resumePositionSeconds,
        resumePositionSeconds: Math.min(input.resumePositionSeconds, input.durationSeconds),
      },
      this.options.now(),
    );
  }

  /** The ended session and what it leaves in Postgres: a last position (when it moved) and `session.ended`. */
  private ending(current: PlaybackSessionRecord, positionSeconds: number | null, reason: PlaybackEndReason) {
    const outcome = endSession(current, { positionSeconds, reason }, this.options.now());
    if (outcome.kind === 'already-ended') throw ended(current);
    const session = outcome.session;
    const write: SessionWrite = { events: [], resumePoints: [], history: [historyOf(session)] };
    if (session.positionSeconds !== current.positionSeconds) {
      const hlc = this.options.clock.stamp(session.deviceId);
      write.events.push(positionUpdatedEvent(session, hlc));
      write.resumePoints!.push(resumePointOf(session, hlc));
    }
    write.events.push(sessionEndedEvent(session, outcome.completed));
    return { session, write };
  }

  /** Redis first (it decides the id is free), then Postgres; a failed Postgres write takes the session back out. */
  private async createAndRecord(session: PlaybackSessionRecord, write: SessionWrite): Promise<void> {
    await this.options.store.create(session);
    try {
      await this.options.ledger.record(write);
    } catch (error) {
      await this.options.store.remove(session).catch((undo: unknown) => this.options.logger.error({ err: undo, sessionId: session.id }, 'playback: removing a session whose write failed also failed'));
      throw error;
    }
  }

  /**
   * The session store took the change (which is what decides between concurrent writers), then Postgres refused:
   * put the previous state back, so the session never shows a change that has no event, and fail the request.
   */
  private async recordOrRevert(previous: PlaybackSessionRecord, next: PlaybackSessionRecord, write: SessionWrite): Promise<void> {
    try {
      await this.options.ledger.record(write);
    } catch (error) {
      await this.revert(previous, next);
      throw error;
    }
  }

  private async revert(previous: PlaybackSessionRecord, next: PlaybackSessionRecord): Promise<void> {
    const restored = { ...previous, version: next.version + 1 };
    const undone = await this.options.store.replace(restored, next.version).catch(() => false);
    if (!undone) this.options.logger.error({ sessionId: previous.id }, 'playback: could not undo a session change whose Postgres write failed');
  }

  /** Fire and forget: the change is stored; a subscriber that misses it reads the session again. */
  private async announce(session: PlaybackSessionRecord, kind: PlaybackSessionChangeKind): Promise<void> {
    const change: PlaybackSessionChange = { userId: session.userId, kind, session, at: this.options.now() };
    await this.options.pubsub
      .publish(channels.playback(session.userId), change)
      .catch((error: unknown) => this.options.logger.warn({ err: error, sessionId: session.id }, 'playback: publishing a session change failed'));
  }
}

function ended(session: PlaybackSessionRecord) {
  return playbackError('CONFLICT', `The playback session already ended (${session.endReason ?? 'ENDED'}).`, { reason: 'SESSION_ENDED' });
}

function concurrentChange() {
  return playbackError('CONFLICT', 'The playback session changed while this request was applied; try again.', { reason: 'CONCURRENT_CHANGE' });
}
