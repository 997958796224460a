export type { PersistedOperation, TypedOperation, ResultOf, VariablesOf } from './TypedOperation.js';
export { MANIFEST_PATH, SUPERGRAPH_SDL_PATH, ManifestError, parseManifest, persistedOperationId, readManifest, type PersistedQueryManifest } from './manifest.js';
export { mcpToolName, operationDoc, type OperationDoc } from './operationDoc.js';
export { operationAccess, type OperationAccess } from './operationAccess.js';
export { variablesJsonSchema, type JsonSchema, type JsonSchemaTypeName, type ObjectJsonSchema } from './variablesJsonSchema.js';
