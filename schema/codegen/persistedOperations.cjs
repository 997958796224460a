// graphql-codegen plugin for the trusted operations in schema/operations: every named operation becomes one persisted
// body (its leading comment, its text, then the text of each fragment it uses, by name), identified by the body's
// SHA-256. `output: manifest` writes the Apollo persisted-query manifest; `output: documents` appends one typed
// constant per operation to the file the typescript-operations plugin writes. Both come from the same bodies, so the
// ids the clients send are the ids the router knows.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { parse, visit, TokenKind } = require('graphql');

/** The comment lines directly above a definition (no blank line between), as written. */
function leadingComment(node, source) {
  const lines = [];
  let token = node.loc.startToken.prev;
  let line = node.loc.startToken.line;
  while (token && token.kind === TokenKind.COMMENT && token.line === line - 1) {
    lines.unshift(source.slice(token.start, token.end));
    line = token.line;
    token = token.prev;
  }
  return lines.join('\n');
}

function collectDefinitions(documents) {
  const operations = [];
  const fragments = new Map();
  for (const file of documents) {
    // The loader's rawSDL is reprinted without comments; the file as written keeps them.
    const source = readFileSync(file.location, 'utf8');
    const document = parse(source);
    for (const node of document.definitions) {
      const text = source.slice(node.loc.start, node.loc.end);
      if (node.kind === 'FragmentDefinition') fragments.set(node.name.value, { node, text });
      if (node.kind === 'OperationDefinition') {
        if (!node.name) throw new Error(`${file.location}: every trusted operation needs a name`);
        const comment = leadingComment(node, source);
        if (!comment) throw new Error(`${file.location}: operation ${node.name.value} needs a leading comment that describes it`);
        operations.push({ node, text: `${comment}\n${text}`, location: file.location });
      }
    }
  }
  return { operations, fragments };
}

function spreadNames(node) {
  const names = new Set();
  visit(node, { FragmentSpread: (spread) => void names.add(spread.name.value) });
  return names;
}

/** The operation's persisted body: its text, then every fragment it reaches, sorted by name. */
function bodyOf(operation, fragments) {
  const used = new Set();
  const pending = [...spreadNames(operation.node)];
  while (pending.length > 0) {
    const name = pending.pop();
    if (used.has(name)) continue;
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`${operation.location}: unknown fragment ${name}`);
    used.add(name);
    pending.push(...spreadNames(fragment.node));
  }
  return [operation.text, ...[...used].sort().map((name) => fragments.get(name).text)].join('\n\n') + '\n';
}

function persistedOperations(documents) {
  const { operations, fragments } = collectDefinitions(documents);
  const seen = new Set();
  return operations
    .map((operation) => {
      const name = operation.node.name.value;
      if (seen.has(name)) throw new Error(`${operation.location}: operation name ${name} is used twice`);
      seen.add(name);
      const body = bodyOf(operation, fragments);
      return { id: createHash('sha256').update(body).digest('hex'), name, type: operation.node.operation, body };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

module.exports = {
  plugin(_schema, documents, config) {
    const operations = persistedOperations(documents);
    if (config.output === 'manifest') {
      return JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }, null, 2) + '\n';
    }
    if (config.output !== 'documents') throw new Error('persistedOperations: config.output must be "manifest" or "documents"');
    const constants = operations.map((op) => {
      const type = `${op.name}${SUFFIX[op.type]}`;
      return `export const ${op.name}: TypedOperation<${type}, ${type}Variables> = ${JSON.stringify({ id: op.id, name: op.name, type: op.type, body: op.body })};`;
    });
    return { prepend: [`import type { TypedOperation } from '../TypedOperation.js';`], content: ['', ...constants].join('\n') };
  },
};
