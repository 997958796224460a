import type { JsonSchema, ObjectJsonSchema } from '@media-gateway/schema';

/**
 * The paths of properties `value` has that `schema` does not allow (`arguments/filters/genre`). ajv says only "must
 * NOT have additional properties", and an agent that misspelled an argument needs to know which one.
 */
export function unknownProperties(root: ObjectJsonSchema, value: unknown): string[] {
  const found: string[] = [];
  const walk = (schema: JsonSchema | undefined, node: unknown, path: string) => {
    if (!schema || node === null || typeof node !== 'object') return;
    if (schema.$ref) return walk(root.$defs?.[schema.$ref.replace('#/$defs/', '')], node, path);
    if (schema.anyOf) return schema.anyOf.forEach((branch) => walk(branch, node, path));
    if (Array.isArray(node)) return node.forEach((item, index) => walk(schema.items, item, `${path}/${index}`));
    if (!schema.properties) return;
    for (const [key, child] of Object.entries(node)) {
      const property = schema.properties[key];
      if (property) walk(property, child, `${path}/${key}`);
      else if (schema.additionalProperties === false) found.push(`${path}/${key}`);
    }
  };
  walk(root, value, 'arguments');
  return found;
}
