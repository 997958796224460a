export { TrustedOperations } from './TrustedOperations.js';
export { SAFELIST_MODES } from './SafelistMode.js';
export { PERSISTED_ERRORS, persistedError } from './errors.js';
export { DEVELOPER_SCOPE, admitOperation, mayRunAdhoc } from './admitOperation.js';
export { resolveOperation } from './resolveOperation.js';
export { parseOperationId } from './parseOperationId.js';
export { validateManifest } from './validateManifest.js';
export { readHttpOperationRequest, rewriteHttpGraphQLRequest } from './httpOperationRequest.js';

export type { TrustedOperationsOptions, Transport } from './TrustedOperations.js';
export type { SafelistMode } from './SafelistMode.js';
export type { PersistedErrorCode } from './errors.js';
export type { Admission } from './admitOperation.js';
export type { OperationRequest, Resolution, ResolveOptions } from './resolveOperation.js';
