import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBrownCorpus } from '../../src/static/readBrownCorpus.js';

describe('readBrownCorpus', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('reads each tagged line of the sample files as one sentence of lower-case words, dropping tags and punctuation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'brown-'));
    dirs.push(dir);
    await writeFile(join(dir, 'ca01'), "\n\n\tThe/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd ./.\n\n\n\tAtlanta's/np$ term-end/nn ``/`` presentments/nns\n");
    await writeFile(join(dir, 'cr09'), '\tLast/ap words/nns\n');
    await writeFile(join(dir, 'README'), 'not/xx a/yy sample/zz\n');
    expect(readBrownCorpus(dir)).toEqual([
      ['the', 'fulton', 'county', 'grand', 'jury', 'said'],
      ['atlanta', 'term', 'end', 'presentments'],
      ['last', 'words'],
    ]);
  });
});
