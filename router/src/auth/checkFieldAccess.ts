import {
  Kind,
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { AccessRequirement, FieldRequirements } from './fieldRequirements.js';

/** What the router knows about the caller when it checks field access. */
export interface Access {
  authenticated: boolean;
  scopes: readonly string[];
}

export interface AccessViolation {
  /** `UNAUTHENTICATED` when the caller is anonymous, `FORBIDDEN` when signed in without the scopes. */
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  /** `Type.field` coordinates the caller may not select. */
  fields: string[];
}

/**
 * Checks every field the selected operation would touch (through fragments too) against the supergraph's
 * `@authenticated` / `@requiresScopes`, on the field itself and on the type it returns. Pure; returns the worst
 * violation (anonymous callers get UNAUTHENTICATED even where scopes are also missing) or null.
 */
export function checkFieldAccess(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  requirements: FieldRequirements,
  access: Access,
): AccessViolation | null {
  const operation = getOperationAST(document, operationName ?? undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const denied = new Set<string>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const key = `${selection.name.value}`;
        if (!fragment || visited.has(key)) continue;
        visited.add(key);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? undefined) : parent);
        continue;
      }
      if (selection.name.value.startsWith('__') || !parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const coordinate = `${parent.name}.${field.name}`;
      const returned = getNamedType(field.type);
      for (const requirement of [requirements.fields.get(coordinate), requirements.types.get(returned.name)]) {
        if (requirement && !satisfies(requirement, access)) denied.add(coordinate);
      }
      if (selection.selectionSet) walk(selection.selectionSet, returned);
    }
  };
  walk(operation.selectionSet, root);
  if (denied.size === 0) return null;
  return { code: access.authenticated ? 'FORBIDDEN' : 'UNAUTHENTICATED', fields: [...denied].sort() };
}

function satisfies(requirement: AccessRequirement, access: Access): boolean {
  if (!access.authenticated) return false;
  const held = new Set(access.scopes);
  return requirement.scopes.every((alternatives) => alternatives.some((all) => all.every((scope) => held.has(scope))));
}
