import { Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ManifestError, type PersistedQueryManifest } from '@media-gateway/schema';

/**
 * Checks every trusted operation against the schema the router serves, at start: each body parses, holds exactly the
 * one operation its entry names (plus fragments), and validates. A manifest built from another supergraph would
 * otherwise fail only when a client first sends that id. Throws one `ManifestError` naming every bad operation.
 */
export function validateManifest(manifest: PersistedQueryManifest, schema: GraphQLSchema, origin = 'persisted-operation manifest'): void {
  const problems: string[] = [];
  for (const operation of manifest.operations) {
    let document: DocumentNode;
    try {
      document = parse(operation.body);
    } catch (error) {
      problems.push(`${operation.name}: ${(error as Error).message}`);
      continue;
    }
    const definitions = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const [only] = definitions;
    if (definitions.length !== 1 || only?.name?.value !== operation.name || only.operation !== operation.type) {
      problems.push(`${operation.name}: the body must hold exactly one ${operation.type} named ${operation.name}`);
      continue;
    }
    for (const error of validate(schema, document)) problems.push(`${operation.name}: ${error.message}`);
  }
  if (problems.length > 0) {
    throw new ManifestError(`${origin}: ${problems.length} problem(s) against the router's schema (regenerate it with npm run codegen):\n  - ${problems.join('\n  - ')}`);
  }
}
