export { createLimitsPlugin } from './createLimitsPlugin.js';
export { measureOperation } from './measureOperation.js';
export { checkLimits } from './checkLimits.js';
export { DEFAULT_LIMITS, assertQueryLimits } from './QueryLimits.js';
export { LIMIT_ERRORS, limitError } from './errors.js';
export { SPEC_FIELD_COSTS } from './fieldCosts.js';
export { DEFAULT_LIST_SIZE, LIST_SIZE_ARGUMENTS, listSize } from './listSize.js';

export type { LimitsPluginDeps } from './createLimitsPlugin.js';
export type { OperationMeasurements } from './measureOperation.js';
export type { LimitViolation } from './checkLimits.js';
export type { QueryLimits } from './QueryLimits.js';
export type { FieldCost } from './fieldCosts.js';
export type { LimitErrorCode, LimitErrorDetails } from './errors.js';
