export { registerExplorer } from './registerExplorer.js';
export { wantsExplorerHtml } from './wantsExplorerHtml.js';
export { renderExplorerHtml } from './renderExplorerHtml.js';
export { resolveExplorerAssets } from './resolveExplorerAssets.js';
export { explorerContentSecurityPolicy } from './explorerContentSecurityPolicy.js';

export type { ExplorerOptions, ExplorerPageHandler } from './registerExplorer.js';
export type { ExplorerRequestLike } from './wantsExplorerHtml.js';
export type { ExplorerPage } from './renderExplorerHtml.js';
export type { ExplorerAsset, ExplorerAssets } from './resolveExplorerAssets.js';
