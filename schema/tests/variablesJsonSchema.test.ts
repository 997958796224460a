import { Kind, buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { ManifestError, variablesJsonSchema } from '../src/index.js';

const schema = buildSchema(
  /* GraphQL */ `
    """A calendar date, \`YYYY-MM-DD\`."""
    scalar Date
    scalar DateTime
    """Free-form JSON."""
    scalar JSON

    enum Genre { HORROR COMEDY }
    enum Order { NEWEST OLDEST }

    """Every given field must match."""
    input Filter {
      """Genres to match (any of)."""
      genres: [Genre!]
      released: DateRange
      order: Order = NEWEST
      minRating: Float
      tags: [[String]!]
    }
    input DateRange { from: Date! to: DateTime }
    input Condition { field: String! and: [Condition!] }
    input Pick @oneOf { id: ID name: String }

    type Query {
      search(
        """Plain words, e.g. "dark thrillers"."""
        query: String!
        filter: Filter
        first: Int
      ): [String!]!
      byCondition(where: Condition!): Int
      pick(by: Pick!): Int
      raw(value: JSON, count: Int!, enabled: Boolean): Int
    }
  `,
);

function inputSchemaOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION)!;
  return variablesJsonSchema(schema, document, operation);
}

describe('variablesJsonSchema', () => {
  it('maps non-null variables to required properties and nullable ones to optional, null-accepting ones', () => {
    const result = inputSchemaOf('query ($query: String!, $first: Int) { search(query: $query, first: $first) }');
    expect(result).toEqual({
      type: 'object',
      properties: {
        query: { description: 'Plain words, e.g. "dark thrillers".', type: 'string' },
        first: { type: ['integer', 'null'], minimum: -2147483648, maximum: 2147483647 },
      },
      required: ['query'],
      additionalProperties: false,
    });
  });

  it('turns a variable default into `default` and leaves the variable optional even when non-null', () => {
    const result = inputSchemaOf('query ($query: String! = "", $first: Int = 10) { search(query: $query, first: $first) }');
    expect(result.required).toBeUndefined();
    expect(result.properties.query).toMatchObject({ type: 'string', default: '' });
    expect(result.properties.first).toMatchObject({ type: ['integer', 'null'], default: 10 });
  });

  it('maps enums, input objects (nested required, defaults, no extra fields), lists and custom scalars', () => {
    const result = inputSchemaOf('query ($q: String!, $filter: Filter) { search(query: $q, filter: $filter) }');
    const genre = { type: 'string', enum: ['HORROR', 'COMEDY'] };
    expect(result.properties.filter).toEqual({
      description: 'Every given field must match.',
      type: ['object', 'null'],
      properties: {
        genres: { description: 'Genres to match (any of).', type: ['array', 'null'], items: genre },
        released: {
          type: ['object', 'null'],
          properties: {
            from: { description: 'A calendar date, `YYYY-MM-DD`.', type: 'string', format: 'date' },
            to: { type: ['string', 'null'], format: 'date-time' },
          },
          required: ['from'],
          additionalProperties: false,
        },
        order: { type: ['string', 'null'], enum: ['NEWEST', 'OLDEST', null], default: 'NEWEST' },
        minRating: { type: ['number', 'null'] },
        tags: { type: ['array', 'null'], items: { type: 'array', items: { type: ['string', 'null'] } } },
      },
      additionalProperties: false,
    });
  });

  it('lets an unknown custom scalar take any JSON value, saying which scalar it is', () => {
    const result = inputSchemaOf('query ($v: JSON, $n: Int!, $on: Boolean) { raw(value: $v, count: $n, enabled: $on) }');
    expect(result.properties.v).toEqual({ description: 'GraphQL scalar JSON. Free-form JSON.' });
    expect(result.properties.n).toEqual({ type: 'integer', minimum: -2147483648, maximum: 2147483647 });
    expect(result.properties.on).toEqual({ type: ['boolean', 'null'] });
    expect(result.required).toEqual(['n']);
  });

  it('puts an input object that contains itself under $defs and references it', () => {
    const result = inputSchemaOf('query ($where: Condition!) { byCondition(where: $where) }');
    expect(result.properties.where).toEqual({
      type: 'object',
      properties: {
        field: { type: 'string' },
        and: { type: ['array', 'null'], items: { $ref: '#/$defs/Condition' } },
      },
      required: ['field'],
      additionalProperties: false,
    });
    expect(result.$defs?.Condition).toEqual(result.properties.where);
  });

  it('asks for exactly one field of a @oneOf input object', () => {
    const result = inputSchemaOf('query ($by: Pick!) { pick(by: $by) }');
    expect(result.properties.by).toMatchObject({ type: 'object', minProperties: 1, maxProperties: 1, additionalProperties: false });
  });

  it('produces schemas ajv enforces: wrong enum values, missing fields, extra fields and bad dates are refused', () => {
    const validate = new AjvJsonSchemaValidator().getValidator(
      inputSchemaOf('query ($q: String!, $filter: Filter, $where: Condition) { search(query: $q, filter: $filter) byCondition(where: $where) }') as never,
    );
    expect(validate({ q: 'x', filter: { genres: ['HORROR'], released: { from: '2020-01-31' } }, where: { field: 'a', and: [{ field: 'b' }] } }).valid).toBe(true);
    expect(validate({ q: 'x', filter: null }).valid).toBe(true);
    const refused = [
      {},
      { q: 'x', filter: { genres: ['SPOOKY'] } },
      { q: 'x', filter: { released: {} } },
      { q: 'x', filter: { unknown: 1 } },
      { q: 'x', extra: true },
      { q: 'x', filter: { released: { from: '31/01/2020' } } },
      { q: 'x', where: { field: 'a', and: [{}] } },
    ];
    for (const args of refused) expect(validate(args).valid, JSON.stringify(args)).toBe(false);
  });

  it('refuses a variable whose type the schema does not define', () => {
    expect(() => inputSchemaOf('query Q($x: Missing) { search(query: "a") }')).toThrow(ManifestError);
    expect(() => inputSchemaOf('query Q($x: Missing) { search(query: "a") }')).toThrow('operation Q: variable $x has a type the supergraph does not define');
  });
});
