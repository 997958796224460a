const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of a 24-hour `HH:MM` wall-clock time (`21:30` → 1290), or null when malformed. */
export function parseClockTime(value: string): number | null {
  const match = HH_MM.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}
