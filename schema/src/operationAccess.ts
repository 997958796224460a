import {
  Kind,
  TypeInfo,
  getNamedType,
  isObjectType,
  isInterfaceType,
  parse,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** What a caller needs to run an operation, read from the supergraph's `@authenticated` and `@requiresScopes`. */
export interface OperationAccess {
  /** Some field needs a signed-in caller. */
  authenticated: boolean;
  /** Every field's scope requirement that applies, each an OR of AND-groups as in `@requiresScopes`. */
  scopes: string[][][];
}

/**
 * Walks the operation's fields (fragments included) and collects the access directives on each field and on the
 * type it returns. A field behind `@requiresScopes` also needs a signed-in caller.
 */
export function operationAccess(schema: GraphQLSchema, document: DocumentNode | string): OperationAccess {
  const doc = typeof document === 'string' ? parse(document) : document;
  const typeInfo = new TypeInfo(schema);
  let authenticated = false;
  const scopes: string[][][] = [];
  const seen = new Set<string>();
  const note = (directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] }[] | undefined) => {
    for (const directive of directives ?? []) {
      if (directive.name.value === 'authenticated') authenticated = true;
      if (directive.name.value === 'requiresScopes') {
        authenticated = true;
        const argument = directive.arguments?.find((a) => a.name.value === 'scopes');
        const value = argument ? (valueFromASTUntyped(argument.value as never) as string[][]) : [];
        const key = JSON.stringify(value);
        if (!seen.has(key)) {
          seen.add(key);
          scopes.push(value);
        }
      }
    }
  };
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD]() {
        const field = typeInfo.getFieldDef();
        if (!field) return;
        note(field.astNode?.directives as never);
        const returned = getNamedType(field.type);
        if (isObjectType(returned) || isInterfaceType(returned)) note(returned.astNode?.directives as never);
      },
    }),
  );
  return { authenticated, scopes };
}
