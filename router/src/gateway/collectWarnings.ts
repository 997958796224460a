/**
 * Adds a subgraph's warnings to the router's request context, which `subgraphWarningsPlugin` answers in the
 * response's `extensions.warnings`. The gateway drops subgraph extensions, so they are carried here instead.
 */
export function collectWarnings(context: unknown, warnings: unknown): void {
  if (!Array.isArray(warnings) || warnings.length === 0) return;
  const sink = (context as { warnings?: unknown[] } | undefined)?.warnings;
  if (!Array.isArray(sink)) return;
  for (const warning of warnings) {
    if (!sink.some((seen) => JSON.stringify(seen) === JSON.stringify(warning))) sink.push(warning);
  }
}
