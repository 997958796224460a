import type { PrismaClient } from '@media-gateway/db';
import { jsonParam } from '../store/jsonParam.js';
import type { QueryCount, SearchAnalyticsStore, SearchAnalyticsSummary, SearchAnalyticsSummaryOptions } from './SearchAnalyticsStore.js';
import type { SearchLogEntry } from './SearchLogEntry.js';
import { searchLogEntryProblem } from './searchLogEntryProblem.js';
import { insertSearchLogSql, type SearchLogRow } from './sql/insertSearchLogSql.js';
import { purgeSearchLogSql } from './sql/purgeSearchLogSql.js';
import { searchSummarySql } from './sql/searchSummarySql.js';

const MAX_SUMMARY_LIMIT = 1000;

/**
 * {@link SearchAnalyticsStore} on `discovery.search_log` through Prisma's raw SQL (statements in `./sql`, every
 * value bound as a parameter). Works the same on a server and on embedded PGlite.
 */
export class PrismaSearchAnalyticsStore implements SearchAnalyticsStore {
  constructor(private readonly prisma: PrismaClient) {}

  async record(entries: readonly SearchLogEntry[]): Promise<void> {
    if (!Array.isArray(entries)) throw new TypeError('PrismaSearchAnalyticsStore: `entries` must be an array');
    const rows: SearchLogRow[] = entries.map((entry, index) => {
      const problem = searchLogEntryProblem(entry);
      if (problem) throw new TypeError(`PrismaSearchAnalyticsStore: entries[${index}]: ${problem}`);
      return {
        query: entry.query,
        strategy: entry.strategy,
        region: entry.region,
        result_count: entry.resultCount,
        latency_ms: entry.latencyMs,
        cached: entry.cached,
        at: entry.at.toISOString(),
      };
    });
    if (rows.length === 0) return;
    await this.prisma.$executeRawUnsafe(insertSearchLogSql, jsonParam(rows));
  }

  async summary(options: SearchAnalyticsSummaryOptions): Promise<SearchAnalyticsSummary> {
    const since = checkedDate('since', options?.since);
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUMMARY_LIMIT) {
      throw new TypeError(`PrismaSearchAnalyticsStore: \`limit\` must be an integer from 1 to ${MAX_SUMMARY_LIMIT}, got ${String(limit)}`);
    }
    type Row = { searches: number; zero_result_searches: number; p50: number; p95: number; p99: number; popular: string; zero_result: string };
    const [row] = await this.prisma.$queryRawUnsafe<Row[]>(searchSummarySql, since.toISOString(), limit);
    if (!row) throw new Error('PrismaSearchAnalyticsStore: the summary statement returned no row');
    const searches = Number(row.searches);
    const zeroResultSearches = Number(row.zero_result_searches);
    return {
      since: new Date(since.getTime()),
      searches,
      zeroResultSearches,
      zeroResultRate: searches === 0 ? 0 : zeroResultSearches / searches,
      latency: { p50: Number(row.p50), p95: Number(row.p95), p99: Number(row.p99) },
      popularQueries: queryCounts(row.popular),
      zeroResultQueries: queryCounts(row.zero_result),
    };
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    return this.prisma.$executeRawUnsafe(purgeSearchLogSql, checkedDate('cutoff', cutoff).toISOString());
  }
}

function queryCounts(json: string): QueryCount[] {
  return (JSON.parse(json) as Array<[string, number]>).map(([query, count]) => ({ query, count }));
}

function checkedDate(name: string, value: unknown): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`PrismaSearchAnalyticsStore: \`${name}\` must be a valid Date, got ${String(value)}`);
  }
  return value;
}
