import { describe, expect, it } from 'vitest';
import { parseDataLine } from '../../src/static/readWordNet.js';

describe('parseDataLine', () => {
  it('reads lemmas, pointers and gloss of a noun synset (WordNet 3.1 data.noun)', () => {
    const line = '00784717 04 n 02 heist 0 rip-off 0 004 @ 00783339 n 0000 ;u 07171981 n 0000 + 02579332 v 0202 + 02577426 v 0104 | the act of stealing  ';
    expect(parseDataLine('n', line)).toEqual({
      id: 'n:00784717',
      pos: 'n',
      lemmas: ['heist', 'rip-off'],
      pointers: [
        { symbol: '@', target: 'n:00783339' },
        { symbol: ';u', target: 'n:07171981' },
        { symbol: '+', target: 'v:02579332' },
        { symbol: '+', target: 'v:02577426' },
      ],
      gloss: 'the act of stealing',
    });
  });

  it('reads a hex word count, multi-word lemmas, adjective markers and satellite targets', () => {
    const line = '00002098 00 a 02 Able(a) 0 fit_to_be_tied 0 001 & 00002312 s 0000 | (usually followed by `to\') having the necessary means';
    const synset = parseDataLine('a', line)!;
    expect(synset.lemmas).toEqual(['able', 'fit to be tied']);
    expect(synset.pointers).toEqual([{ symbol: '&', target: 'a:00002312' }]);
  });

  it('skips verb frames and rejects malformed lines', () => {
    const verb = '00001740 29 v 01 breathe 0 001 $ 00002325 v 0000 02 + 02 00 + 08 00 | draw air into, and expel out of, the lungs';
    expect(parseDataLine('v', verb)?.gloss).toBe('draw air into, and expel out of, the lungs');
    expect(parseDataLine('n', 'garbage')).toBeUndefined();
  });
});
