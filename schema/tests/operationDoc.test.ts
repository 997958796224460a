import { describe, expect, it } from 'vitest';
import { operationDoc, readManifest } from '../src/index.js';

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
});
