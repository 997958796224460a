export { ConfigError } from './config/ConfigError.js';
export { env } from './config/env.js';
export { readConfig } from './config/readConfig.js';
export { createLogger, LOG_LEVELS } from './logging/createLogger.js';
export { createMetrics } from './metrics/createMetrics.js';
export { Lifecycle } from './lifecycle/Lifecycle.js';
export { runChecks } from './lifecycle/runChecks.js';
export { createServiceApp } from './http/createServiceApp.js';
export { mountGraphQL } from './http/mountGraphQL.js';
export { DateScalar, DateTimeScalar } from './graphql/scalars.js';
export { runMain } from './lifecycle/runMain.js';

export type { Logger, LogLevel } from './logging/createLogger.js';
export type { Metrics } from './metrics/createMetrics.js';
export type { CheckResult, HealthCheck, HealthReport } from './lifecycle/runChecks.js';
export type { ServiceAppOptions } from './http/createServiceApp.js';
export type { MountGraphQLOptions } from './http/mountGraphQL.js';
