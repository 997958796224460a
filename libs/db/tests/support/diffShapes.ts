/**
 * Every difference between two plain JSON-like values as one readable line per leaf, e.g.
 * `catalog.title.columns.title: missing in database (expected {"type":"text","nullable":false,"default":null})`.
 * An empty list means equal. Used instead of a bare deep-equal so a failure says exactly what drifted.
 */
export function diffShapes(expected: unknown, actual: unknown, path = ''): string[] {
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    return keys.flatMap((key) => {
      const child = path ? `${path}.${key}` : key;
      if (!(key in actual)) return [`${child}: missing in database (expected ${JSON.stringify(expected[key])})`];
      if (!(key in expected)) return [`${child}: not in schema.prisma (database has ${JSON.stringify(actual[key])})`];
      return diffShapes(expected[key], actual[key], child);
    });
  }
  const same = JSON.stringify(expected) === JSON.stringify(actual);
  return same ? [] : [`${path}: expected ${JSON.stringify(expected)}, database has ${JSON.stringify(actual)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
