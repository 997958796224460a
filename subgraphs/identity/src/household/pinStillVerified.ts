/** §6: "A verified PIN is good for 5 min." */
export const PIN_VERIFIED_FOR_SECONDS = 300;
/** §6 allows 60 s of clock skew between servers; a verification stamped slightly in the future still counts. */
const CLOCK_SKEW_MS = 60_000;

/** Whether a PIN entered at `verifiedAt` still unlocks restricted content at `now`. The 5-minute end is exclusive. */
export function pinStillVerified(verifiedAt: Date | null, now: Date): boolean {
  if (verifiedAt === null) return false;
  const elapsed = now.getTime() - verifiedAt.getTime();
  return elapsed >= -CLOCK_SKEW_MS && elapsed < PIN_VERIFIED_FOR_SECONDS * 1000;
}
