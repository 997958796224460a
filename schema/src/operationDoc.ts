import type { PersistedOperation } from './TypedOperation.js';

/** What an operation's leading comment says about it, for people, agents, the MCP bridge and the ARW manifest. */
export interface OperationDoc {
  /** The comment's prose, lines joined with spaces. */
  description: string;
  /**
   * `@tool <name>`: the MCP tool name. A query without one still becomes a tool named after the operation; a mutation
   * becomes a tool only with one (the opt-in).
   */
  tool: string | undefined;
  /** `@action <id>`: the ARW action the operation belongs to (search, playback, watchlist…). */
  action: string | undefined;
  /** `@consent`: the user must have agreed before an agent may run it (ARW `requires_user_consent`). */
  requiresConsent: boolean;
}

/**
 * The MCP tool an operation becomes, if any: a query is always a tool (its `@tool` name, else its name in snake_case),
 * a mutation only when it opts in with `@tool`, a subscription never. Names fit MCP's `[A-Za-z0-9_-]{1,64}`.
 */
export function mcpToolName(operation: Pick<PersistedOperation, 'body' | 'name' | 'type'>): string | undefined {
  const { tool } = operationDoc(operation);
  if (operation.type === 'subscription' || (operation.type === 'mutation' && !tool)) return undefined;
  const name = tool ?? operation.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new TypeError(`mcpToolName: operation ${operation.name} gives the invalid tool name ${JSON.stringify(name)}`);
  return name;
}

const TAG = /^@(\w+)(?:\s+(.*))?$/;

/** Reads the `#` lines at the top of a persisted body (the codegen plugin keeps the operation's leading comment). */
export function operationDoc(operation: Pick<PersistedOperation, 'body' | 'name'>): OperationDoc {
  const prose: string[] = [];
  const tags = new Map<string, string>();
  for (const raw of operation.body.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('#')) break;
    const text = line.replace(/^#+\s?/, '').trim();
    const tag = TAG.exec(text);
    if (tag) tags.set(tag[1]!, (tag[2] ?? '').trim());
    else if (text) prose.push(text);
  }
  return {
    description: prose.join(' '),
    tool: tags.get('tool') || undefined,
    action: tags.get('action') || undefined,
    requiresConsent: tags.has('consent'),
  };
}
