import type { PrismaClient } from '@media-gateway/db';
import type { AuditStore } from './AuditStore.js';
import type { Db } from './Db.js';
import type { IdentityStores } from './IdentityStores.js';
import { isUniqueViolation } from './isUniqueViolation.js';
import type { MailTransport } from './MailTransport.js';
import { PrismaAccountStore } from './PrismaAccountStore.js';
import { PrismaApiKeyStore } from './PrismaApiKeyStore.js';
import { PrismaAuditStore } from './PrismaAuditStore.js';
import { PrismaDomainEventStore } from './PrismaDomainEventStore.js';
import { PrismaEmailTokenStore } from './PrismaEmailTokenStore.js';
import { PrismaHouseholdStore } from './PrismaHouseholdStore.js';
import { PrismaLinkedIdentityStore } from './PrismaLinkedIdentityStore.js';
import { PrismaMfaStore } from './PrismaMfaStore.js';
import { PrismaPreferencesStore } from './PrismaPreferencesStore.js';

/** §13 extra: "retry on a unique-seq conflict"; three retries make a fourth loss in a row an error worth seeing. */
const AUDIT_SEQ_RETRIES = 3;

export interface PrismaStoresOptions {
  prisma: PrismaClient;
  mail: MailTransport;
  now: () => Date;
}

export function createPrismaStores(options: PrismaStoresOptions): IdentityStores {
  return bind(options.prisma, options, false);
}

function bind(db: Db, options: PrismaStoresOptions, inTransaction: boolean): IdentityStores {
  const stores: IdentityStores = {
    accounts: new PrismaAccountStore(db),
    emailTokens: new PrismaEmailTokenStore(db),
    mfa: new PrismaMfaStore(db),
    apiKeys: new PrismaApiKeyStore(db),
    household: new PrismaHouseholdStore(db),
    preferences: new PrismaPreferencesStore(db),
    linkedIdentities: new PrismaLinkedIdentityStore(db),
    audit: inTransaction ? new PrismaAuditStore(db, options.now) : standaloneAudit(new PrismaAuditStore(db, options.now), () => stores),
    events: new PrismaDomainEventStore(db),
    mail: { send: (message) => options.mail.send(message, db) },
    async transaction(work) {
      if (inTransaction) return work(stores);
      for (let attempt = 0; ; attempt++) {
        try {
          return await options.prisma.$transaction((tx) => work(bind(tx, options, true)));
        } catch (error) {
          if (attempt < AUDIT_SEQ_RETRIES && isUniqueViolation(error, 'audit_log_seq_key')) continue;
          throw error;
        }
      }
    },
  };
  return stores;
}

/** Outside a unit of work an append still needs its own transaction, for the seq retry. */
function standaloneAudit(store: PrismaAuditStore, stores: () => IdentityStores): AuditStore {
  return {
    append: (entry) => stores().transaction((tx) => tx.audit.append(entry)),
    list: (query) => store.list(query),
  };
}
