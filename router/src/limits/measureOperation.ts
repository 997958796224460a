import {
  Kind,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { DEFAULT_LIST_SIZE, listSize } from './listSize.js';
import type { FieldCost } from './fieldCosts.js';

/** What the router's query limits look at. */
export interface OperationMeasurements {
  /** Deepest field nesting; a root field is depth 1. Meta fields (`__typename`, `__schema`, `__type`) don't count. */
  depth: number;
  /** Estimated cost: leaf 1, object 2 plus its children, lists × their page size (spec §1). */
  cost: number;
  /** Number of aliased fields, counting a fragment each time it is spread. */
  aliases: number;
}

const NOTHING: OperationMeasurements = { depth: 0, cost: 0, aliases: 0 };

/** Object types conventionally marked as Relay connections by having this field. */
const CONNECTION_MARKER = 'edges';
/** The list fields under a connection that the connection's `first`/`last` sizes. */
const CONNECTION_LISTS: ReadonlySet<string> = new Set(['edges', 'nodes']);

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  variableDefinitions: ReadonlyMap<string, VariableDefinitionNode>;
  /**
   * A fragment's fields resolve against its own type condition, so its measurements depend only on the
   * connection size inherited from where it is spread. Memoising on that keeps a "fragment bomb" (each fragment
   * spreading the next one twice) linear instead of exponential: the measurer must not be the DoS.
   */
  memo: Map<string, OperationMeasurements>;
  /** Fragments on the current path; spreading one of these again is a cycle and counts as nothing. */
  visiting: Set<string>;
  fieldCosts: Readonly<Record<string, FieldCost>>;
}

/**
 * Measures the operation that would run (`operationName` picks it when the document has several), following named
 * and inline fragments. Pure: it neither validates nor executes, and an unknown operation measures as zero because
 * nothing will run. The estimate errs high where it must guess: `@skip`/`@include` are ignored, and fields that
 * GraphQL would merge (the same field selected twice) are counted twice.
 *
 * @example
 * // titles(first: 5) { edges { node { id } } }
 * // node = 2 + id 1 = 3; edges = (2 + 3) × 5 = 25; titles = 2 + 25 = 27
 * measureOperation(schema, parse('{ titles(first: 5) { edges { node { id } } } }')); // { depth: 4, cost: 27, aliases: 0 }
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Readonly<Record<string, unknown>> = {},
  fieldCosts: Readonly<Record<string, FieldCost>> = {},
): OperationMeasurements {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return NOTHING;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefinitions = new Map<string, VariableDefinitionNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    variableDefinitions.set(definition.variable.name.value, definition);
  }

  const walk: Walk = { schema, fragments, variables, variableDefinitions, memo: new Map(), visiting: new Set(), fieldCosts };
  const measured = measureSelectionSet(walk, operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, undefined, false);
  // Keep the number exact enough to print: beyond this only the verdict matters.
  return { ...measured, cost: Math.min(measured.cost, Number.MAX_SAFE_INTEGER) };
}

/**
 * @param parentType The type the selections are made on; `undefined` when the document names something the schema
 *   lacks (an unvalidated document), in which case fields are costed by shape alone.
 * @param connectionSize The page size asked of the enclosing connection field, for its `edges`/`nodes`.
 * @param inMeta Inside an introspection field: nothing costs or deepens, but aliases still count.
 */
function measureSelectionSet(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType | undefined,
  connectionSize: number | undefined,
  inMeta: boolean,
): OperationMeasurements {
  let depth = 0;
  let cost = 0;
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    let measured: OperationMeasurements;
    switch (selection.kind) {
      case Kind.FIELD:
        measured = measureField(walk, selection, parentType, connectionSize, inMeta);
        break;
      case Kind.INLINE_FRAGMENT: {
        // No type condition means the fragment is on the enclosing type (`... @include(if: $x) { id }`).
        const typeCondition = selection.typeCondition ? compositeType(walk.schema, selection.typeCondition.name.value) : parentType;
        measured = measureSelectionSet(walk, selection.selectionSet, typeCondition, connectionSize, inMeta);
        break;
      }
      case Kind.FRAGMENT_SPREAD:
        measured = measureFragment(walk, selection.name.value, connectionSize, inMeta);
        break;
    }
    depth = Math.max(depth, measured.depth);
    cost += measured.cost;
    aliases += measured.aliases;
  }
  return { depth, cost, aliases };
}

function measureFragment(walk: Walk, name: string, connectionSize: number | undefined, inMeta: boolean): OperationMeasurements {
  const fragment = walk.fragments.get(name);
  // A cycle is a validation error (NoFragmentCyclesRule); here it only has to terminate. In a cyclic document the
  // memoised value of the inner fragment lacks the cut-off part, which is fine because validation rejects it.
  if (!fragment || walk.visiting.has(name)) return NOTHING;
  const key = `${name}|${connectionSize ?? ''}|${inMeta ? 'meta' : ''}`;
  const cached = walk.memo.get(key);
  if (cached) return cached;
  walk.visiting.add(name);
  const type = compositeType(walk.schema, fragment.typeCondition.name.value);
  const measured = measureSelectionSet(walk, fragment.selectionSet, type, connectionSize, inMeta);
  walk.visiting.delete(name);
  walk.memo.set(key, measured);
  return measured;
}

function measureField(
  walk: Walk,
  node: FieldNode,
  parentType: GraphQLCompositeType | undefined,
  connectionSize: number | undefined,
  inMeta: boolean,
): OperationMeasurements {
  const alias = node.alias ? 1 : 0;
  // `__typename`, `__schema`, `__type`: resolved by the server itself, never by a subgraph, so they neither cost nor
  // deepen. Aliases inside them still count, or `a1: __typename … a999: __typename` would slip through.
  const meta = inMeta || node.name.value.startsWith('__');

  const definition = fieldDefinition(parentType, node.name.value);
  const childType = definition ? compositeOrUndefined(getNamedType(definition.type)) : undefined;
  const ownSize = listSize(node, walk.variables, walk.variableDefinitions);
  // A connection field's `first`/`last` sizes the `edges`/`nodes` below it, not the (single) connection itself.
  const childConnectionSize = childType && fieldDefinition(childType, CONNECTION_MARKER) ? ownSize : undefined;

  const children = node.selectionSet
    ? measureSelectionSet(walk, node.selectionSet, childType, childConnectionSize, meta)
    : NOTHING;
  if (meta) return { depth: 0, cost: 0, aliases: alias + children.aliases };

  // Leaves (scalars, enums) cost 1 and composites 2; an unknown field is judged by whether it has a selection set.
  const ownCost = (definition ? childType !== undefined : node.selectionSet !== undefined) ? 2 : 1;
  const fixed = parentType ? walk.fieldCosts[`${parentType.name}.${node.name.value}`] : undefined;
  if (fixed) {
    const cost = fixed.flat ?? fixed.perItem * (ownSize ?? DEFAULT_LIST_SIZE);
    return { depth: 1 + children.depth, cost, aliases: alias + children.aliases };
  }
  let cost = ownCost + children.cost;
  if (definition && isListType(getNullableType(definition.type))) {
    const inheritedSize = CONNECTION_LISTS.has(node.name.value) ? connectionSize : undefined;
    cost *= ownSize ?? inheritedSize ?? DEFAULT_LIST_SIZE;
  }
  return { depth: 1 + children.depth, cost, aliases: alias + children.aliases };
}

function fieldDefinition(type: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  // Unions have no fields of their own; only `__typename` (a meta field) can be selected on them directly.
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
}

function compositeType(schema: GraphQLSchema, name: string): GraphQLCompositeType | undefined {
  return compositeOrUndefined(schema.getType(name));
}

function compositeOrUndefined(type: unknown): GraphQLCompositeType | undefined {
  return isCompositeType(type) ? type : undefined;
}
