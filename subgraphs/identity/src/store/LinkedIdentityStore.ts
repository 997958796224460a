export interface LinkedIdentityRecord {
  id: string;
  /** Our id of the upstream provider (`google`, `github`). */
  provider: string;
  /** The provider's `sub`. */
  subject: string;
  userId: string;
  /** The email the provider vouched for when the link was made; informational, never matched on again. */
  email: string | null;
  createdAt: Date;
}

/** Sign-ins through upstream OpenID providers (`identity.linked_identity`): one provider account links to one user. */
export interface LinkedIdentityStore {
  find(provider: string, subject: string): Promise<LinkedIdentityRecord | null>;
  /** Throws a unique violation on `linked_identity_provider_subject_key` when a concurrent sign-in linked it first. */
  link(input: { provider: string; subject: string; userId: string; email: string | null }): Promise<LinkedIdentityRecord>;
  /**
   * Creates an account that has no password (it signs in through the provider, §6) together with its link, and returns
   * the new user's id. Here rather than on `AccountStore.create`, which is the password registration's and requires a
   * hash. Throws a unique violation on `user_email_key` or `linked_identity_provider_subject_key` when a concurrent
   * registration or sign-in won.
   */
  createLinkedUser(input: {
    email: string;
    displayName: string;
    emailVerifiedAt: Date | null;
    provider: string;
    subject: string;
  }): Promise<string>;
}
