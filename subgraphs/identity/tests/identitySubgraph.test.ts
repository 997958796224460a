import { describe, expect, it } from 'vitest';
import { GraphQLUnionType, Kind, type EnumTypeDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { buildIdentitySchema, identityResolvers, identityTypeDefs } from '../src/identitySubgraph.js';

function objectType(name: string): ObjectTypeDefinitionNode {
  const node = identityTypeDefs.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name);
  if (!node) throw new Error(`no type ${name} in schema.graphql`);
  return node;
}

const resolverMap = identityResolvers as Record<string, Record<string, unknown> | undefined>;

describe('identitySubgraph', () => {
  it.each(['Query', 'Mutation'])('has a resolver for every %s field of the SDL, and none for fields it lacks', (type) => {
    const fields = (objectType(type).fields ?? []).map((field) => field.name.value).sort();
    expect(Object.keys(resolverMap[type] ?? {}).sort()).toEqual(fields);
  });

  it('gives every enum value of Role, UserStatus, ContentRatingLevel and ConsentPurpose an internal value', () => {
    for (const name of ['Role', 'UserStatus', 'ContentRatingLevel', 'ConsentPurpose']) {
      const node = identityTypeDefs.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name);
      const values = (node?.values ?? []).map((value) => value.name.value).sort();
      expect(Object.keys(resolverMap[name] ?? {}).sort(), name).toEqual(values);
    }
  });

  it('builds a federation subgraph schema with User and Profile as entities', () => {
    const entity = buildIdentitySchema().getType('_Entity');
    expect(entity).toBeInstanceOf(GraphQLUnionType);
    expect((entity as GraphQLUnionType).getTypes().map((type) => type.name).sort()).toEqual(['Profile', 'User']);
  });
});
