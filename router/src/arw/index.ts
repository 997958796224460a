export { buildArwManifest, ARW_SCHEMA_URL, LOGO_PATH, ARW_RATE_LIMITS, MCP_PROTOCOL_VERSION, MCP_PROTOCOL_VERSIONS } from './buildArwManifest.js';
export { registerArwManifest, ARW_MANIFEST_PATH } from './registerArwManifest.js';
export { ACTION_CATALOG } from './actionCatalog.js';

export type { ArwAction, ArwManifest, ArwManifestOptions, ArwTool } from './buildArwManifest.js';
export type { ActionEntry } from './actionCatalog.js';
