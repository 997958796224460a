import type { AccountStore } from './AccountStore.js';
import type { ApiKeyStore } from './ApiKeyStore.js';
import type { AuditStore } from './AuditStore.js';
import type { DomainEventStore } from './DomainEventStore.js';
import type { EmailTokenStore } from './EmailTokenStore.js';
import type { HouseholdStore } from './HouseholdStore.js';
import type { LinkedIdentityStore } from './LinkedIdentityStore.js';
import type { MailMessage } from './MailTransport.js';
import type { MfaStore } from './MfaStore.js';
import type { PreferencesStore } from './PreferencesStore.js';

/**
 * Every store of the subgraph over one connection: the pool, or a transaction. `transaction` hands the callback
 * the same set bound to a new transaction (inside one, it reuses it), so an operation that writes several tables,
 * queues a mail and appends its audit entry commits all of it or none.
 */
export interface IdentityStores {
  accounts: AccountStore;
  emailTokens: EmailTokenStore;
  mfa: MfaStore;
  apiKeys: ApiKeyStore;
  household: HouseholdStore;
  preferences: PreferencesStore;
  linkedIdentities: LinkedIdentityStore;
  audit: AuditStore;
  /** Domain events for other subgraphs (`identity.outbox_event`), appended in the unit of work they describe. */
  events: DomainEventStore;
  /** Mail that belongs to this unit of work (the outbox writes it in the transaction). */
  mail: { send(message: MailMessage): Promise<void> };
  /**
   * Runs `work` in one transaction. When the audit append loses the race for the next `seq` the whole unit is run
   * again, up to 3 more times: the conflict aborts the Postgres transaction, so there is nothing to resume. `work`
   * must therefore only touch the stores it is given.
   */
  transaction<T>(work: (stores: IdentityStores) => Promise<T>): Promise<T>;
}
