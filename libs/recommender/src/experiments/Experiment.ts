export type ExperimentStatus = 'DRAFT' | 'RUNNING' | 'PAUSED' | 'COMPLETED';

/** The statuses `validateExperiment` accepts; only RUNNING assigns variants. */
export const EXPERIMENT_STATUSES: readonly ExperimentStatus[] = ['DRAFT', 'RUNNING', 'PAUSED', 'COMPLETED'];

/**
 * An A/B experiment (§5, issue 7 §4): `allocation` is the share of profiles that take part (0..1); those are split
 * between `variants` in proportion to their weights, which sum to 1.
 */
export interface Experiment {
  name: string;
  status: ExperimentStatus;
  allocation: number;
  variants: ReadonlyArray<{ name: string; weight: number }>;
}
