import type { ParentalControls } from './ParentalControls.js';
import { parseClockTime } from '../lib/clockTime.js';
import { localMinuteOfDay } from '../lib/timeZone.js';

/**
 * Whether `now` falls in the viewing window, read as wall-clock time in the controls' time zone (so DST moves the
 * window with the family's clocks). The start is inclusive and the end exclusive: `06:00`–`21:00` allows 06:00 and
 * 20:59, not 21:00. When the end is earlier than the start the window spans midnight: `20:00`–`07:00` allows 23:30
 * and 06:59. No hours set means any time. Does not look at `enabled`; `contentRestrictions` does.
 *
 * Throws a TypeError for controls that did not come through `parseParentalControls` (bad times, hours without a
 * zone): guessing a zone for a child's curfew would be wrong either way.
 */
export function withinViewingHours(controls: Pick<ParentalControls, 'viewingStart' | 'viewingEnd' | 'timeZone'>, now: Date): boolean {
  if (controls.viewingStart === null && controls.viewingEnd === null) return true;
  const start = controls.viewingStart === null ? null : parseClockTime(controls.viewingStart);
  const end = controls.viewingEnd === null ? null : parseClockTime(controls.viewingEnd);
  if (start === null || end === null || controls.timeZone === null) {
    throw new TypeError('controls must come from parseParentalControls: viewing hours need valid HH:MM times and a timeZone');
  }
  const minute = localMinuteOfDay(now, controls.timeZone);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}
