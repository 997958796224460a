import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The real all-MiniLM-L6-v2 tokenizer files, from `shared/models/` beside the repository (see its README). Tests
 * that need them skip, saying why, when the folder is not there.
 */
export const MINILM_TOKENIZER_DIR = fileURLToPath(new URL('../../../../../shared/models/all-MiniLM-L6-v2-tokenizer', import.meta.url));

export const hasMiniLmTokenizer = existsSync(`${MINILM_TOKENIZER_DIR}/vocab.txt`);

export const MISSING_TOKENIZER_REASON = `skipped: the all-MiniLM-L6-v2 tokenizer files are not at ${MINILM_TOKENIZER_DIR}`;
