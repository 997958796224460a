import {
  Kind,
  TypeInfo,
  astFromValue,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { ManifestError } from './manifest.js';

/** The subset of JSON Schema generated for an operation's variables: enough for agents and for ajv to check arguments (MCP tool inputs, ARW tools). */
export interface JsonSchema {
  type?: JsonSchemaTypeName | JsonSchemaTypeName[];
  description?: string;
  format?: string;
  enum?: Array<string | null>;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  minProperties?: number;
  maxProperties?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
  $ref?: string;
}

export type JsonSchemaTypeName = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** A tool's `inputSchema`: MCP requires an object schema at the top. */
export interface ObjectJsonSchema extends JsonSchema {
  type: 'object';
  properties: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties: false;
  /** Input object types that contain themselves, referenced as `#/$defs/<Type>`. */
  $defs?: Record<string, JsonSchema>;
  /** MCP's `Tool.inputSchema` is an open object type. */
  [keyword: string]: unknown;
}

// GraphQL's Int is a signed 32-bit integer (spec §3.5.1); a bigger number fails coercion at the router anyway.
const INT_RANGE = { minimum: -2147483648, maximum: 2147483647 };

/** How GraphQL scalars read in JSON. A custom scalar not listed here accepts any JSON value (the router checks it). */
const SCALARS: Readonly<Record<string, JsonSchema>> = {
  String: { type: 'string' },
  ID: { type: 'string' },
  Int: { type: 'integer', ...INT_RANGE },
  Float: { type: 'number' },
  Boolean: { type: 'boolean' },
  Date: { type: 'string', format: 'date' },
  DateTime: { type: 'string', format: 'date-time' },
};
const BUILT_IN_SCALARS = new Set(['String', 'ID', 'Int', 'Float', 'Boolean']);

/**
 * The JSON Schema of an operation's variables, read against the supergraph: what an MCP tool built from the
 * operation takes as `arguments`.
 *
 * - A variable is `required` when it is non-null and has no default; nullable ones also accept `null`.
 * - Defaults (`$region: String = "US"`, or an input field's `= true`) become `default`.
 * - Enums become `enum` of their value names; input objects become nested object schemas with `required` and
 *   `additionalProperties: false` (the router refuses unknown input fields too); lists become arrays.
 * - A variable's description is that of the argument it is passed to (`search(query: $query)` → the `query`
 *   argument's), an input field's is its own; either replaces the description of the type (enum, input object, custom
 *   scalar), which is used otherwise.
 * - An input object that contains itself is emitted once under `$defs` and referenced.
 *
 * @example
 * // query ($query: String!, $first: Int = 10)
 * // → { type: 'object', properties: { query: { type: 'string' }, first: { type: ['integer', 'null'], default: 10, … } },
 * //     required: ['query'], additionalProperties: false }
 *
 * @throws ManifestError when a variable's type is not an input type of the schema.
 */
export function variablesJsonSchema(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ObjectJsonSchema {
  const argumentDescriptions = variableArgumentDescriptions(schema, document);
  const recursive = new Set<string>();
  const defs: Record<string, JsonSchema> = {};
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const operationName = operation.name?.value ?? '(anonymous)';

  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type) {
      throw new ManifestError(`operation ${operationName}: variable $${name} has a type the supergraph does not define`);
    }
    const description = argumentDescriptions.get(name);
    const defaultValue = definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
    properties[name] = withExtras(inputTypeSchema(type, { schema, recursive, defs }), description, defaultValue);
    if (isNonNullType(type) && definition.defaultValue === undefined) required.push(name);
  }

  const result: ObjectJsonSchema = { type: 'object', properties, additionalProperties: false };
  if (required.length > 0) result.required = required;
  if (Object.keys(defs).length > 0) result.$defs = defs;
  return result;
}

interface Context {
  schema: GraphQLSchema;
  /** Input object types found to contain themselves: emitted under `$defs`. */
  recursive: Set<string>;
  defs: Record<string, JsonSchema>;
  /** Input object types being expanded, to spot recursion. */
  expanding?: string[];
}

function inputTypeSchema(type: GraphQLInputType, context: Context): JsonSchema {
  if (isNonNullType(type)) return nonNullSchema(type.ofType, context);
  return nullable(nonNullSchema(type, context));
}

/** The schema of a value of `type` that may not be null. */
function nonNullSchema(type: GraphQLInputType, context: Context): JsonSchema {
  if (isNonNullType(type)) return nonNullSchema(type.ofType, context);
  if (isListType(type)) return { type: 'array', items: inputTypeSchema(type.ofType, context) };
  if (isScalarType(type)) {
    const known = SCALARS[type.name];
    if (known) return BUILT_IN_SCALARS.has(type.name) || !type.description ? { ...known } : { ...known, description: type.description };
    // Any JSON value: the scalar's own parser at the router decides.
    return { description: [`GraphQL scalar ${type.name}.`, type.description].filter(Boolean).join(' ') };
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return withDescription({ type: 'string', enum: values }, type.description ?? undefined);
  }
  return inputObjectSchema(type as GraphQLInputObjectType, context);
}

function inputObjectSchema(type: GraphQLInputObjectType, context: Context): JsonSchema {
  const expanding = context.expanding ?? [];
  if (context.recursive.has(type.name) || expanding.includes(type.name)) {
    if (!context.recursive.has(type.name)) {
      context.recursive.add(type.name);
      // Written once, outside the expansion that found the cycle.
      context.defs[type.name] = {};
      context.defs[type.name] = expandInputObject(type, { ...context, expanding: [] });
    }
    return { $ref: `#/$defs/${type.name}` };
  }
  return expandInputObject(type, { ...context, expanding: [...expanding, type.name] });
}

function expandInputObject(type: GraphQLInputObjectType, context: Context): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const defaultValue = inputFieldDefault(field.astNode?.defaultValue, field.defaultValue, field.type);
    properties[field.name] = withExtras(inputTypeSchema(field.type, context), field.description ?? undefined, defaultValue);
    if (isNonNullType(field.type) && defaultValue === undefined) required.push(field.name);
  }
  const schema: JsonSchema = { type: 'object', properties, additionalProperties: false };
  if (required.length > 0) schema.required = required;
  // @oneOf input objects (graphql-js 16.9+): exactly one field is given.
  if ((type as { isOneOf?: boolean }).isOneOf) Object.assign(schema, { minProperties: 1, maxProperties: 1 });
  return withDescription(schema, type.description ?? undefined);
}

/** An input field's default as JSON: from its SDL when there is one (enum names stay names), else from its value. */
function inputFieldDefault(node: ValueNode | undefined, value: unknown, type: GraphQLInputType): unknown {
  if (node) return valueFromASTUntyped(node);
  if (value === undefined) return undefined;
  const ast = astFromValue(value, type);
  return ast ? valueFromASTUntyped(ast) : undefined;
}

/** Lets `null` through as well: a nullable GraphQL input accepts an explicit null. */
function nullable(schema: JsonSchema): JsonSchema {
  if (schema.$ref) return { anyOf: [schema, { type: 'null' }] };
  // No `type`: already any JSON value, null included.
  if (schema.type === undefined) return schema;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const result: JsonSchema = { ...schema, type: [...types, 'null'] };
  if (schema.enum) result.enum = [...schema.enum, null];
  return result;
}

function withExtras(schema: JsonSchema, description: string | undefined, defaultValue: unknown): JsonSchema {
  const result = withDescription(schema, description);
  return defaultValue === undefined ? result : { ...result, default: defaultValue };
}

/**
 * Sets `description` (replacing the type's own: the argument's or field's says more about this use), first in the
 * object, where people reading the schema look.
 */
function withDescription(schema: JsonSchema, description: string | undefined): JsonSchema {
  if (!description) return schema;
  if (schema.$ref) return { description, anyOf: [schema] };
  const { description: _typeDescription, ...rest } = schema;
  return { description, ...rest };
}

/**
 * For each variable passed straight to a field argument, that argument's description (the first one found that has
 * one). Walks the whole document, so a variable used inside a fragment counts too.
 */
function variableArgumentDescriptions(schema: GraphQLSchema, document: DocumentNode): Map<string, string> {
  const descriptions = new Map<string, string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT](node) {
        if (node.value.kind !== Kind.VARIABLE) return;
        const description = typeInfo.getArgument()?.description;
        const name = node.value.name.value;
        if (description && !descriptions.has(name)) descriptions.set(name, description);
      },
    }),
  );
  return descriptions;
}
