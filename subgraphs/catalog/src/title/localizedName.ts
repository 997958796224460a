export interface LocalizedNameRow {
  locale: string;
  position: number;
  name: string;
}

/**
 * Picks the name for `locale` along the PRODUCT_SPEC §2 fallback chain: exact tag (es-MX) → same language with
 * another region or script (es-ES) → bare language (es) → English → `fallback`. Tags compare case-insensitively.
 */
export function localizedName(names: readonly LocalizedNameRow[], locale: string, fallback: string): string {
  const wanted = locale.toLowerCase();
  const language = wanted.split('-')[0] ?? wanted;
  const sorted = [...names].sort((a, b) => a.position - b.position);
  const find = (predicate: (tag: string) => boolean) => sorted.find((n) => predicate(n.locale.toLowerCase()))?.name;
  return (
    find((tag) => tag === wanted) ??
    find((tag) => tag.split('-')[0] === language && tag !== language) ??
    find((tag) => tag === language) ??
    find((tag) => tag === 'en-us') ??
    find((tag) => tag === 'en' || tag.startsWith('en-')) ??
    fallback
  );
}
