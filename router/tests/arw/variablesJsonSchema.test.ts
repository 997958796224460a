import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { variablesJsonSchema } from '../../src/arw/variablesJsonSchema.js';
import { SEARCH, START, schema } from './fixtureOperations.js';

const definitionOf = (body: string) => parse(body).definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION)!;

describe('variablesJsonSchema', () => {
  it('turns variables into properties, required when non-null without a default, with input objects inlined', () => {
    expect(variablesJsonSchema(schema, definitionOf(SEARCH.body))).toEqual({
      type: 'object',
      properties: {
        query: { type: 'string' },
        filters: {
          type: 'object',
          description: 'Narrows a search.',
          properties: {
            genres: { type: 'array', items: { type: 'string', enum: ['drama', 'comedy'] } },
            years: {
              type: 'object',
              description: 'Inclusive.',
              properties: { min: { type: 'integer' }, max: { type: 'integer', default: 2100 } },
              required: ['min'],
              additionalProperties: false,
            },
            // A filter that nests itself is cut at the second visit.
            next: { type: 'object', description: 'Narrows a search.' },
          },
          additionalProperties: false,
        },
        first: { type: 'integer', default: 10 },
      },
      required: ['query'],
      additionalProperties: false,
    });
  });

  it('maps ID, Boolean, Float and custom scalars (as described strings)', () => {
    expect(variablesJsonSchema(schema, definitionOf(START.body)).properties!.input).toEqual({
      type: 'object',
      properties: {
        titleId: { type: 'string' },
        at: { type: 'string', description: 'ISO 8601.' },
        resume: { type: 'boolean', default: true },
        speed: { type: 'number' },
      },
      required: ['titleId'],
      additionalProperties: false,
    });
  });

  it('refuses a variable whose type the schema lacks', () => {
    expect(() => variablesJsonSchema(schema, definitionOf('query Q($x: Nope) { forecast }'))).toThrow(/\$x of Q has a type the schema lacks/);
  });
});
