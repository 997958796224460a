/** When each profile's parental PIN was last entered correctly; `pinStillVerified` decides whether it still counts. */
export interface PinVerifications {
  verifiedAt(profileId: string): Promise<Date | null>;
  record(profileId: string, at: Date): Promise<void>;
  forget(profileId: string): Promise<void>;
}
