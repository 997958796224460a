/** The calendar date of `date` in UTC, at UTC midnight: how the catalog stores date-only values. */
export function utcDateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** A timestamp from an ISO 8601 string, or null when the value is missing, blank or not a real date. */
export function parseIsoTimestamp(raw: unknown): Date | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : new Date(ms);
}

export const MS_PER_DAY = 86_400_000;
