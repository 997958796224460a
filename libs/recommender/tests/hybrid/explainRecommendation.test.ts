import { describe, expect, it } from 'vitest';
import { explainRecommendation, mergeCandidates } from '@media-gateway/recommender';

const titles = ['Heat', 'Casino', 'Se7en'];
const titleOf = (index: number) => titles[index] ?? `#${index}`;

describe('explainRecommendation', () => {
  it('cites the graph relation behind the strongest contribution', () => {
    const [director] = mergeCandidates({ graph: [{ index: 7, score: 1, because: 0, relation: 'DIRECTOR' }] });
    expect(explainRecommendation(director!, titleOf)).toEqual({ type: 'GRAPH', text: 'Same director as Heat', basedOn: [0] });
    const [cast] = mergeCandidates({ graph: [{ index: 7, score: 1, because: 1, relation: 'CAST' }] });
    expect(explainRecommendation(cast!, titleOf).text).toBe('Shares cast with Casino');
    const [era] = mergeCandidates({ graph: [{ index: 7, score: 1, because: 2, relation: 'GENRE_ERA' }] });
    expect(explainRecommendation(era!, titleOf).text).toBe('Same genre and era as Se7en');
  });

  it('says "Because you watched X" for co-watched picks, typed by the largest contribution', () => {
    const [pick] = mergeCandidates({
      collaborative: [{ index: 7, score: 1, because: 2, relation: 'CO_WATCHED' }],
      context: [{ index: 7, score: 1 }],
    });
    expect(explainRecommendation(pick!, titleOf)).toEqual({ type: 'COLLABORATIVE', text: 'Because you watched Se7en', basedOn: [2] });
  });

  it('falls back to a generic line when no source named a history item', () => {
    const [pick] = mergeCandidates({ content: [{ index: 7, score: 0.8 }] });
    expect(explainRecommendation(pick!, titleOf)).toEqual({ type: 'CONTENT', text: 'Matches what you like to watch', basedOn: [] });
  });

  it('explains cold-start and fallback picks', () => {
    expect(explainRecommendation({ index: 1, score: 0.9, reason: 'ONBOARDING_GENRE', genre: 'science_fiction' }, titleOf)).toEqual({ type: 'ONBOARDING_GENRE', text: 'Because you like science fiction', basedOn: [] });
    expect(explainRecommendation({ index: 1, score: 0.9, reason: 'REGIONAL_TRENDING', region: 'FR' }, titleOf).text).toBe('Popular in your region');
    expect(explainRecommendation({ index: 1, score: 1, reason: 'POPULAR' }, titleOf)).toEqual({ type: 'POPULAR', text: 'Popular right now', basedOn: [] });
  });
});
