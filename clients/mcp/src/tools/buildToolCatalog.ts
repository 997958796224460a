import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Tool, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import { mcpToolName, operationAccess, operationDoc, type OperationAccess, type PersistedOperation, type PersistedQueryManifest } from '@media-gateway/schema';
import { unknownProperties } from './unknownProperties.js';
import { variablesJsonSchema, type ObjectJsonSchema } from '@media-gateway/schema';

/** One MCP tool and the persisted operation behind it. */
export interface BridgeTool {
  /** What `tools/list` shows. */
  definition: Tool & { inputSchema: ObjectJsonSchema };
  operation: PersistedOperation;
  /** Whether the operation needs a signed-in caller, and which scopes (from the supergraph's directives). */
  access: OperationAccess;
  /** `@consent`: the user must have agreed before an agent runs it. */
  requiresConsent: boolean;
  /** Checks `arguments` against `inputSchema`; returns the problems, `[]` when they fit. */
  validate(args: unknown): string[];
}

export interface ToolCatalog {
  tools: BridgeTool[];
  /** Operations that could not become tools (each skipped, the rest still served). */
  problems: string[];
}

/**
 * The MCP tools of a manifest: every query, and every mutation tagged `@tool` (`mcpToolName`), with the description
 * from its leading comment plus what a caller needs (sign-in, scopes, consent), and its variables' JSON Schema as
 * `inputSchema`. An operation that cannot be mapped (its types are missing from the supergraph, or its tool name
 * repeats another's) is reported in `problems` and left out, so one bad operation does not take the others down.
 */
export function buildToolCatalog(manifest: PersistedQueryManifest, schema: GraphQLSchema, validator: jsonSchemaValidator): ToolCatalog {
  const tools: BridgeTool[] = [];
  const problems: string[] = [];
  const names = new Set<string>();
  for (const operation of manifest.operations) {
    try {
      const name = mcpToolName(operation);
      if (!name) continue;
      if (names.has(name)) {
        problems.push(`operation ${operation.name}: tool name ${name} is already taken by another operation`);
        continue;
      }
      tools.push(buildTool(name, operation, schema, validator));
      names.add(name);
    } catch (error) {
      const message = (error as Error).message;
      problems.push(message.startsWith(`operation ${operation.name}:`) ? message : `operation ${operation.name}: ${message}`);
    }
  }
  return { tools, problems };
}

function buildTool(name: string, operation: PersistedOperation, schema: GraphQLSchema, validator: jsonSchemaValidator): BridgeTool {
  const document = parse(operation.body);
  const definition = document.definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION);
  if (!definition) throw new Error('its body has no operation');
  const doc = operationDoc(operation);
  const access = operationAccess(schema, document);
  const inputSchema = variablesJsonSchema(schema, document, definition);
  const check = validator.getValidator(inputSchema as never);
  return {
    definition: {
      name,
      title: titleOf(operation.name),
      description: describe(doc.description, access, doc.requiresConsent),
      inputSchema,
      annotations: annotationsFor(operation),
    },
    operation,
    access,
    requiresConsent: doc.requiresConsent,
    validate(args) {
      const result = check(args);
      if (result.valid) return [];
      const problems = splitProblems(result.errorMessage).filter((problem) => !problem.endsWith('must NOT have additional properties'));
      return [...problems, ...unknownProperties(inputSchema, args).map((path) => `${path} is not a known argument`)];
    },
  };
}

/**
 * Queries only read; the catalogue and the user's account are a closed world (`openWorldHint: false`). A mutation
 * is destructive only when it removes something: the tagged ones start, control or move playback and update
 * preferences, which an agent can undo.
 */
function annotationsFor(operation: PersistedOperation): ToolAnnotations {
  if (operation.type === 'query') return { readOnlyHint: true, openWorldHint: false };
  return { readOnlyHint: false, destructiveHint: /^(remove|delete|revoke|clear)/i.test(operation.name), openWorldHint: false };
}

function describe(description: string, access: OperationAccess, requiresConsent: boolean): string {
  const notes: string[] = [];
  if (access.authenticated) {
    const scopes = access.scopes.map((requirement) => requirement.map((group) => group.join(' + ')).join(' or ')).filter(Boolean);
    notes.push(scopes.length > 0 ? `Requires sign-in with scope ${scopes.join('; ')}.` : 'Requires sign-in.');
  }
  if (requiresConsent) notes.push("Requires the user's explicit consent: confirm with the user before calling it.");
  return [description, ...notes].filter(Boolean).join(' ');
}

/** `SemanticSearch` → `Semantic search`. */
function titleOf(operationName: string): string {
  const words = operationName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * ajv's `errorsText` joins its messages with ", "; each starts with the data path (`data/filters/genres/0 …`). The
 * path reads better rooted at the arguments.
 */
function splitProblems(message: string): string[] {
  return message
    .split(/, (?=data)/)
    .map((problem) => problem.replace(/^data(?=[/ ])/, 'arguments').trim())
    .filter(Boolean);
}
