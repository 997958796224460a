import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BANGUMI_SITE_TO_PLATFORM, PLATFORMS, platformById, SPEC_PLATFORM_IDS } from '../../src/availability/platforms.js';

const bangumi = createRequire(import.meta.url)('bangumi-data/dist/data.json') as {
  siteMeta: Record<string, { type: string; urlTemplate: string; regions?: string[] }>;
};

describe('PLATFORMS', () => {
  it('has every §2/§10 platform, with unique snake_case ids', () => {
    const ids = PLATFORMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(SPEC_PLATFORM_IDS).toEqual([
      'netflix', 'prime_video', 'disney_plus', 'hulu', 'hbo_max', 'apple_tv_plus', 'paramount_plus', 'peacock', 'youtube',
    ]);
    for (const id of [...SPEC_PLATFORM_IDS, 'crave', 'bbc_iplayer']) expect(platformById(id)?.id).toBe(id);
  });

  it('keeps the regional services to their regions', () => {
    expect(platformById('hulu')?.regions).toEqual(['US']);
    expect(platformById('peacock')?.regions).toEqual(['US']);
    expect(platformById('crave')?.regions).toEqual(['CA']);
    expect(platformById('bbc_iplayer')?.regions).toEqual(['GB']);
    expect(platformById('netflix')?.regions).toEqual([]);
    for (const p of PLATFORMS) for (const r of p.regions) expect(r).toMatch(/^[A-Z]{2}$/);
  });

  it('gives every platform a search page with {id}', () => {
    for (const p of PLATFORMS) expect(p.searchUrlTemplate, p.id).toContain('{id}');
  });

  it('returns undefined for an unknown id', () => {
    expect(platformById('blockbuster')).toBeUndefined();
  });
});

describe('BANGUMI_SITE_TO_PLATFORM', () => {
  const onair = Object.entries(bangumi.siteMeta).filter(([, meta]) => meta.type === 'onair');

  it('maps every bangumi-data onair site, and no info or resource site', () => {
    for (const [site] of onair) expect(platformById(BANGUMI_SITE_TO_PLATFORM[site] ?? '')?.id, site).toBeDefined();
    expect(Object.keys(BANGUMI_SITE_TO_PLATFORM).sort()).toEqual(onair.map(([site]) => site).sort());
    expect(BANGUMI_SITE_TO_PLATFORM['prime']).toBe('prime_video');
    expect(BANGUMI_SITE_TO_PLATFORM['disneyplus']).toBe('disney_plus');
    expect(BANGUMI_SITE_TO_PLATFORM['bilibili_tw']).toBe('bilibili_tw');
  });

  it('copies regions and web templates of the bangumi-only sites from siteMeta', () => {
    for (const [site, meta] of onair) {
      const platform = platformById(BANGUMI_SITE_TO_PLATFORM[site] ?? '');
      if (['netflix', 'prime', 'disneyplus', 'youtube'].includes(site)) continue; // §10 templates win for these
      expect(platform?.regions, site).toEqual([...new Set(meta.regions ?? [])]);
      expect(platform?.webUrlTemplate, site).toBe(meta.urlTemplate.replace('{{id}}', '{id}'));
      expect(platform?.appUrlTemplate, site).toBeNull();
    }
  });

  it('names the platforms in English', () => {
    expect(platformById('unext')?.name).toBe('U-NEXT');
    expect(platformById('danime')?.name).toBe('d Anime Store');
    expect(platformById('nicovideo')?.name).toBe('Niconico');
    expect(platformById('gamer')?.name).toBe('Bahamut Anime Crazy');
    expect(platformById('bilibili')?.name).toBe('bilibili');
  });
});
