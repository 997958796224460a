import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** The JSON Schema (draft 2020-12 subset) the ARW manifest gives each tool's input. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: string[];
  default?: unknown;
}

const SCALARS: ReadonlyMap<string, JsonSchema['type']> = new Map([
  [GraphQLInt.name, 'integer'],
  [GraphQLFloat.name, 'number'],
  [GraphQLString.name, 'string'],
  [GraphQLID.name, 'string'],
  [GraphQLBoolean.name, 'boolean'],
]);

/**
 * An operation's variables as a JSON Schema object: one property per variable, required when non-null without a
 * default. Input objects are inlined; one that refers to itself is cut to `{ type: "object" }` at the second visit.
 * Custom scalars (`Date`, `DateTime`) are strings described by the scalar's own description.
 */
export function variablesJsonSchema(schema: GraphQLSchema, operation: OperationDefinitionNode): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) throw new TypeError(`variablesJsonSchema: $${name} of ${operation.name?.value ?? 'the operation'} has a type the schema lacks`);
    const property = inputJsonSchema(type, new Set());
    if (definition.defaultValue) property.default = valueFromASTUntyped(definition.defaultValue);
    else if (isNonNullType(type)) required.push(name);
    properties[name] = property;
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

function inputJsonSchema(type: GraphQLInputType, visiting: ReadonlySet<string>): JsonSchema {
  if (isNonNullType(type)) return inputJsonSchema(type.ofType, visiting);
  if (isListType(type)) return { type: 'array', items: inputJsonSchema(type.ofType, visiting) };
  const description = type.description ? { description: type.description } : {};
  if (isEnumType(type)) return { type: 'string', enum: type.getValues().map((value) => value.name), ...description };
  if (isInputObjectType(type)) {
    if (visiting.has(type.name)) return { type: 'object', ...description };
    const inner = new Set([...visiting, type.name]);
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const property = inputJsonSchema(field.type, inner);
      if (field.description) property.description = field.description;
      if (field.defaultValue !== undefined) property.default = field.defaultValue;
      else if (isNonNullType(field.type)) required.push(field.name);
      properties[field.name] = property;
    }
    return { type: 'object', ...description, properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
  }
  const builtIn = SCALARS.get(type.name);
  return builtIn ? { type: builtIn } : { type: 'string', ...description };
}
