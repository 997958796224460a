import { requireAccount } from '../access/requireAccount.js';
import { requireScopes } from '../access/requireScopes.js';
import { CONSENT_PURPOSE_VALUES, DOMAIN_PURPOSE, ratingRankOf, type StoredConsentPurpose } from '../enumValues.js';
import { badUserInput } from '../errors.js';
import { consentsChangedEvent } from '../events/consentsChangedEvent.js';
import { preferencesChangedEvent } from '../events/preferencesChangedEvent.js';
import type { MutationResolvers, PreferencesResolvers, UserResolvers } from '../generated/resolvers.js';
import { applyConsentChange } from './applyConsentChange.js';
import { applyPreferenceChange } from './applyPreferenceChange.js';
import { consentRowsOf, consentsFromRows } from './consentRows.js';
import { DEFAULT_PREFERENCES } from './Preferences.js';
import { CONSENT_PURPOSES, type PrivacyConsents } from './PrivacyConsents.js';
import { preferenceChangeOf } from './preferenceChangeOf.js';

/**
 * Viewing preferences and privacy consents (§7). Both are changed only by their owner; every change is audited and
 * announced to other subgraphs (`identity.preferences.changed`, `identity.consents.changed`) in the same
 * transaction, under the user's lock (`PreferencesStore.lock`), so events commit in the order of the changes.
 */
export const preferencesResolvers: {
  Mutation: Pick<MutationResolvers, 'updatePreferences' | 'updatePrivacyConsents'>;
  User: Pick<UserResolvers, 'preferences' | 'privacyConsents'>;
  Preferences: Pick<PreferencesResolvers, 'maxContentRating'>;
} = {
  Mutation: {
    async updatePreferences(_, { input }, ctx) {
      requireScopes(ctx, [['write:preferences']]);
      const account = await requireAccount(ctx);
      const change = preferenceChangeOf(input);
      return ctx.stores.transaction(async (stores) => {
        await stores.preferences.lock(account.id);
        const current = (await stores.preferences.get(account.id)) ?? DEFAULT_PREFERENCES;
        const next = applyPreferenceChange(current, change);
        if (!next.ok) throw badUserInput(next.problems);
        await stores.preferences.save(account.id, next.value);
        await stores.events.append([preferencesChangedEvent(account.id, next.value, ctx.at)]);
        await stores.audit.append({ userId: account.id, action: 'USER_UPDATED', resourceType: 'preferences', resourceId: account.id, details: { change: 'preferences', fields: Object.keys(input).sort() } });
        return next.value;
      });
    },

    async updatePrivacyConsents(_, { input }, ctx) {
      const account = await requireAccount(ctx);
      const inputProblems: string[] = [];
      if (input.length === 0) inputProblems.push(`input must decide at least one of ${CONSENT_PURPOSES.join(', ')}`);
      const purposes = input.map((item) => item.purpose);
      const repeated = purposes.filter((purpose, i) => purposes.indexOf(purpose) !== i);
      if (repeated.length > 0) inputProblems.push(`input decides these purposes more than once: ${[...new Set(repeated)].map(schemaPurposeName).join(', ')}`);

      return ctx.stores.transaction(async (stores) => {
        await stores.preferences.lock(account.id);
        const problems = [...inputProblems];
        const before = consentsFromRows(await stores.preferences.consents(account.id));
        let after: PrivacyConsents = before;
        // Each decision carries its own policy version, so they are applied one at a time.
        for (const item of input) {
          const result = applyConsentChange(after, { policyVersion: item.policyVersion, [DOMAIN_PURPOSE[item.purpose]]: item.granted }, ctx.at);
          if (result.ok) after = result.value;
          else problems.push(...result.problems.filter((problem) => !problems.includes(problem)));
        }
        if (problems.length > 0) throw badUserInput(problems);

        const changed = consentRowsOf(after).filter((row) => after[DOMAIN_PURPOSE[row.purpose]] !== before[DOMAIN_PURPOSE[row.purpose]]);
        if (changed.length > 0) {
          for (const row of changed) await stores.preferences.saveConsent(account.id, row);
          await stores.events.append([consentsChangedEvent(account.id, after, ctx.at)]);
          await stores.audit.append({
            userId: account.id,
            action: 'USER_UPDATED',
            resourceType: 'privacy_consent',
            resourceId: account.id,
            details: { change: 'privacy_consents', decisions: Object.fromEntries(changed.map((row) => [row.purpose, row.granted])) },
          });
        }
        return consentRowsOf(after);
      });
    },
  },

  User: {
    preferences: async (user, _, ctx) => (await ctx.stores.preferences.get(user.id)) ?? DEFAULT_PREFERENCES,
    privacyConsents: async (user, _, ctx) => consentRowsOf(consentsFromRows(await ctx.stores.preferences.consents(user.id))),
  },

  Preferences: {
    maxContentRating: (preferences) => (preferences.maxContentRating === null ? null : ratingRankOf(preferences.maxContentRating)),
  },
};

/** Problems name a purpose the way the client spelled it, not as it is stored. */
function schemaPurposeName(purpose: StoredConsentPurpose): string {
  return Object.entries(CONSENT_PURPOSE_VALUES).find(([, stored]) => stored === purpose)?.[0] ?? purpose;
}
