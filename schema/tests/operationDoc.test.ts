import { describe, expect, it } from 'vitest';
import { mcpToolName, operationDoc, readManifest } from '../src/index.js';

describe('operationDoc', () => {
  it('reads the prose and the tags of the leading comment, and stops at the operation', () => {
    const body = '# Finds things\n# in plain words.\n# @tool semantic_search\n# @action search\n# @consent\nquery X { a }\n# not this\n';
    expect(operationDoc({ name: 'X', body })).toEqual({ description: 'Finds things in plain words.', tool: 'semantic_search', action: 'search', requiresConsent: true });
  });

  it('leaves tags unset when the comment has none', () => {
    expect(operationDoc({ name: 'Y', body: '# Just prose.\nquery Y { a }' })).toEqual({ description: 'Just prose.', tool: undefined, action: undefined, requiresConsent: false });
  });

  it('finds a description for every trusted operation', () => {
    for (const op of readManifest().operations) expect(operationDoc(op).description, op.name).not.toBe('');
  });

  it('names a tool for every query, for mutations that opt in, never for subscriptions', () => {
    expect(mcpToolName({ name: 'TitleDetails', type: 'query', body: '# Details.\nquery TitleDetails { a }' })).toBe('title_details');
    expect(mcpToolName({ name: 'X', type: 'query', body: '# @tool semantic_search\nquery X { a }' })).toBe('semantic_search');
    expect(mcpToolName({ name: 'Rename', type: 'mutation', body: '# Renames.\nmutation Rename { a }' })).toBeUndefined();
    expect(mcpToolName({ name: 'Play', type: 'mutation', body: '# @tool initiate_playback\nmutation Play { a }' })).toBe('initiate_playback');
    expect(mcpToolName({ name: 'Live', type: 'subscription', body: '# @tool live\nsubscription Live { a }' })).toBeUndefined();
    const tools = readManifest().operations.map(mcpToolName).filter(Boolean);
    expect(new Set(tools).size).toBe(tools.length);
    expect(tools).toEqual(expect.arrayContaining(['semantic_search', 'get_content_details', 'check_availability', 'list_devices', 'initiate_playback', 'control_playback', 'get_genres', 'get_recommendations', 'because_you_watched', 'rate_title']));
  });
});
