// Building an Intl.DateTimeFormat is far slower than using one, and the set of canonical zones is small and bounded
// by the IANA database, so one formatter per zone is cached for the life of the process. Only canonical names are
// cached: user input such as "eUrOpE/pArIs" would otherwise grow the cache without bound.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  // hourCycle 'h23': with hour12 false some ICU versions print midnight as "24".
  const formatter = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  if (formatter.resolvedOptions().timeZone === timeZone) formatters.set(timeZone, formatter);
  return formatter;
}

/**
 * The canonical IANA name of a time zone (`europe/paris` → `Europe/Paris`), or null when Intl does not know it.
 * Validation is Intl's own, so it tracks the tz database the runtime ships with.
 */
export function canonicalTimeZone(value: string): string | null {
  if (value.trim() === '') return null;
  try {
    return formatterFor(value).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Minutes since local midnight (0–1439) of `instant` in `timeZone`, DST included. */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return hour * 60 + minute;
}
