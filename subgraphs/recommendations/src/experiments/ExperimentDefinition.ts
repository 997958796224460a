import type { ExperimentStatus, HybridWeights } from '@media-gateway/recommender';

/** One variant: its share of the experiment's traffic and the hybrid weights it serves with. */
export interface ExperimentVariantDefinition extends HybridWeights {
  name: string;
  weight: number;
}

/** An experiment as stored. */
export interface ExperimentDefinition {
  name: string;
  status: ExperimentStatus;
  allocation: number;
  variants: ExperimentVariantDefinition[];
  createdAt: Date;
}

/** Per-variant results of `experimentResults`. */
export interface ExperimentResultsRecord {
  name: string;
  status: ExperimentStatus;
  variants: Array<{
    variant: string;
    exposures: number;
    conversions: Array<{ metric: string; count: number; rate: number }>;
    conversionRate: number;
  }>;
}

/** The moves `setExperimentStatus` allows (a completed experiment is final; a draft never pauses). */
export const EXPERIMENT_TRANSITIONS: Readonly<Record<ExperimentStatus, readonly ExperimentStatus[]>> = Object.freeze({
  DRAFT: ['RUNNING'],
  RUNNING: ['PAUSED', 'COMPLETED'],
  PAUSED: ['RUNNING', 'COMPLETED'],
  COMPLETED: [],
});

export function canMoveExperiment(from: ExperimentStatus, to: ExperimentStatus): boolean {
  return EXPERIMENT_TRANSITIONS[from].includes(to);
}
