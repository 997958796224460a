import { Kind, parse, type DefinitionNode, type DirectiveNode, type ValueNode } from 'graphql';
import type { SecurityDirectiveNames } from './securityFeatures.js';

/**
 * What a field or type demands of the caller. Each entry of `scopes` is one `@requiresScopes` value and must be
 * met: at least one of its inner lists held in full.
 */
export interface AccessRequirement {
  authenticated: boolean;
  scopes: string[][][];
}

export interface FieldRequirements {
  /** `Type.field` → what the field itself demands. */
  fields: ReadonlyMap<string, AccessRequirement>;
  /** Type name → what any field returning that type demands. */
  types: ReadonlyMap<string, AccessRequirement>;
}

/** Reads `@authenticated` / `@requiresScopes` from the full supergraph (before it is stripped for the gateway). */
export function readFieldRequirements(supergraphSdl: string, names: SecurityDirectiveNames): FieldRequirements {
  const fields = new Map<string, AccessRequirement>();
  const types = new Map<string, AccessRequirement>();
  for (const definition of parse(supergraphSdl).definitions) {
    const typeName = namedTypeOf(definition);
    if (!typeName || !('directives' in definition)) continue;
    merge(types, typeName, requirementOf(definition.directives ?? [], names));
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        if (field.kind === Kind.FIELD_DEFINITION) merge(fields, `${typeName}.${field.name.value}`, requirementOf(field.directives ?? [], names));
      }
    }
  }
  return { fields, types };
}

function namedTypeOf(definition: DefinitionNode): string | undefined {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_DEFINITION:
      return definition.name.value;
    default:
      return undefined;
  }
}

function requirementOf(directives: readonly DirectiveNode[], names: SecurityDirectiveNames): AccessRequirement | null {
  let authenticated = false;
  const scopes: string[][][] = [];
  for (const directive of directives) {
    if (directive.name.value === names.authenticated) authenticated = true;
    if (directive.name.value === names.requiresScopes) {
      const value = directive.arguments?.find((a) => a.name.value === 'scopes')?.value;
      scopes.push(scopeLists(value));
    }
  }
  return authenticated || scopes.length > 0 ? { authenticated: authenticated || scopes.length > 0, scopes } : null;
}

function scopeLists(value: ValueNode | undefined): string[][] {
  if (value?.kind !== Kind.LIST) return [];
  return value.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((s) => (s.kind === Kind.STRING ? [s.value] : [])) : []));
}

function merge(map: Map<string, AccessRequirement>, key: string, requirement: AccessRequirement | null): void {
  if (!requirement) return;
  const current = map.get(key);
  // The same type may be declared by several subgraphs; every declaration's demands apply.
  map.set(key, current ? { authenticated: true, scopes: [...current.scopes, ...requirement.scopes] } : requirement);
}
