import type { PrismaClient } from '@media-gateway/db';
import type { ExperimentStatus } from '@media-gateway/recommender';
import { CONVERSION_METRICS } from '../experiments/conversionMetric.js';
import type { ExperimentDefinition, ExperimentResultsRecord, ExperimentVariantDefinition } from '../experiments/ExperimentDefinition.js';

/** Most recommended titles an exposure remembers for conversion matching (the newest are kept). */
export const MAX_REMEMBERED_RECOMMENDATIONS = 500;

/** Experiments, exposures and conversions (`recommendations.experiment*`). */
export class ExperimentStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** False when the name is taken. */
  async create(experiment: Omit<ExperimentDefinition, 'createdAt'>): Promise<ExperimentDefinition | null> {
    const rows = await this.prisma.$queryRaw<Array<{ created_at: Date }>>`
      INSERT INTO "recommendations"."experiment" ("name", "status", "allocation", "variants")
      VALUES (${experiment.name}, ${experiment.status}, ${experiment.allocation}, ${JSON.stringify(experiment.variants)}::jsonb)
      ON CONFLICT ("name") DO NOTHING
      RETURNING "created_at"`;
    return rows[0] ? { ...experiment, createdAt: rows[0].created_at } : null;
  }

  async get(name: string): Promise<ExperimentDefinition | null> {
    const row = await this.prisma.recommendationsExperiment.findUnique({ where: { name } });
    return row ? toDefinition(row) : null;
  }

  async running(): Promise<ExperimentDefinition[]> {
    const rows = await this.prisma.recommendationsExperiment.findMany({ where: { status: 'RUNNING' }, orderBy: { name: 'asc' } });
    return rows.map(toDefinition);
  }

  /** Moves the status only from `from`, so two concurrent moves cannot both apply; null when it had changed. */
  async setStatus(name: string, from: ExperimentStatus, to: ExperimentStatus): Promise<ExperimentDefinition | null> {
    const updated = await this.prisma.recommendationsExperiment.updateMany({ where: { name, status: from }, data: { status: to, updatedAt: new Date() } });
    return updated.count > 0 ? this.get(name) : null;
  }

  /**
   * The profile's exposure: written at its first recommendation under the experiment (later calls keep the first
   * variant and time — idempotent) and remembering the titles shown, for conversions. Returns the stored variant.
   */
  async expose(input: { experimentName: string; userId: string; profileId: string; variant: string; titleIds: readonly string[]; at: Date }): Promise<string> {
    const rows = await this.prisma.$queryRaw<Array<{ variant: string }>>`
      INSERT INTO "recommendations"."experiment_assignment" AS a ("experiment_name", "profile_id", "user_id", "variant", "recommended", "exposed_at")
      VALUES (${input.experimentName}, ${input.profileId}::uuid, ${input.userId}::uuid, ${input.variant}, ${[...input.titleIds]}::uuid[], ${input.at})
      ON CONFLICT ("experiment_name", "profile_id") DO UPDATE
         SET "recommended" = (SELECT coalesce(array_agg(d.t), '{}'::uuid[]) FROM (
               SELECT u.t FROM unnest(EXCLUDED."recommended" || a."recommended") WITH ORDINALITY AS u(t, o)
                GROUP BY u.t ORDER BY min(u.o) LIMIT ${MAX_REMEMBERED_RECOMMENDATIONS}
             ) AS d)
      RETURNING a."variant"`;
    return rows[0]?.variant ?? input.variant;
  }

  async results(experiment: ExperimentDefinition): Promise<ExperimentResultsRecord> {
    const exposures = await this.prisma.recommendationsExperimentAssignment.groupBy({
      by: ['variant'],
      where: { experimentName: experiment.name },
      _count: { _all: true },
    });
    const conversions = await this.prisma.recommendationsExperimentConversion.groupBy({
      by: ['variant', 'metric'],
      where: { experimentName: experiment.name },
      _count: { _all: true },
    });
    // Rates count profiles, not conversions: one profile finishing three recommended titles is one converted profile.
    const converted = await this.prisma.$queryRaw<Array<{ variant: string; metric: string | null; profiles: bigint }>>`
      SELECT "variant", "metric", count(DISTINCT "profile_id") AS profiles FROM "recommendations"."experiment_conversion"
       WHERE "experiment_name" = ${experiment.name} GROUP BY GROUPING SETS (("variant", "metric"), ("variant"))`;
    const profiles = (variant: string, metric: string | null) => Number(converted.find((c) => c.variant === variant && c.metric === metric)?.profiles ?? 0);
    return {
      name: experiment.name,
      status: experiment.status,
      variants: experiment.variants.map(({ name }) => {
        const exposed = exposures.find((e) => e.variant === name)?._count._all ?? 0;
        const rate = (count: number) => (exposed > 0 ? count / exposed : 0);
        return {
          variant: name,
          exposures: exposed,
          conversions: CONVERSION_METRICS.map((metric) => {
            const count = conversions.find((c) => c.variant === name && c.metric === metric)?._count._all ?? 0;
            return { metric, count, rate: rate(profiles(name, metric)) };
          }),
          conversionRate: rate(profiles(name, null)),
        };
      }),
    };
  }
}

function toDefinition(row: { name: string; status: string; allocation: number; variants: unknown; createdAt: Date }): ExperimentDefinition {
  return {
    name: row.name,
    status: row.status as ExperimentStatus,
    allocation: row.allocation,
    variants: (Array.isArray(row.variants) ? row.variants : []) as ExperimentVariantDefinition[],
    createdAt: row.createdAt,
  };
}
