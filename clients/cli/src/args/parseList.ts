/** `--platform`, repeatable and comma-separated catalogue platform ids (`netflix,disney-plus`). */
export function parseList(value: string, previous: string[] = []): string[] {
  const out = [...previous];
  for (const part of value.split(',').map((p) => p.trim().toLowerCase())) if (part && !out.includes(part)) out.push(part);
  return out;
}
