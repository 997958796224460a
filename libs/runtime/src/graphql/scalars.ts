import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: unknown, kind: 'Date' | 'DateTime'): Date {
  if (typeof value === 'string' && (kind === 'DateTime' || DATE.test(value))) {
    const date = new Date(kind === 'Date' ? `${value}T00:00:00.000Z` : value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(`${kind} must be ${kind === 'Date' ? 'YYYY-MM-DD' : 'an ISO 8601 date-time'}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** `Date`: a `Date` at UTC midnight inside, `YYYY-MM-DD` on the wire. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  parseValue: (value) => toDate(value, 'Date'),
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : null, 'Date'),
});

/**
 * `DateTime`: a `Date` inside, ISO 8601 in UTC on the wire. One implementation for every subgraph, since the
 * supergraph has one `DateTime` type and a value must mean the same whichever subgraph parses it.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : value),
  parseValue: (value) => toDate(value, 'DateTime'),
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : null, 'DateTime'),
});
