import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTION_SETTINGS, resolveSubscriptionSettings } from '../../src/subscriptions/SubscriptionSettings.js';

describe('resolveSubscriptionSettings', () => {
  it('fills the defaults and keeps what was given', () => {
    const settings = resolveSubscriptionSettings({ maxQueuedEvents: 10, keepAliveMs: undefined });
    expect(settings).toMatchObject({ ...DEFAULT_SUBSCRIPTION_SETTINGS, maxQueuedEvents: 10 });
    expect(settings.now).toBe(Date.now);
  });

  it('names the bad option and value', () => {
    expect(() => resolveSubscriptionSettings({ maxQueuedEvents: 0 })).toThrow(new TypeError('subscriptions.maxQueuedEvents must be a positive integer, got 0'));
    expect(() => resolveSubscriptionSettings({ maxBufferedBytes: 1.5 })).toThrow('subscriptions.maxBufferedBytes must be a positive integer, got 1.5');
    expect(() => resolveSubscriptionSettings({ recheckIntervalMs: 60_000 })).toThrow(/recheckIntervalMs must be at most 45000/);
  });
});
