/** On `channels.availability()`: where these titles stream changed (offers added, removed or moved). */
export interface AvailabilityChange {
  titleIds: string[];
  /** Epoch ms. */
  at: number;
}

export function isAvailabilityChange(message: unknown): message is AvailabilityChange {
  const m = message as Partial<AvailabilityChange> | null;
  return typeof m === 'object' && m !== null && Array.isArray(m.titleIds) && typeof m.at === 'number';
}
