import { describe, expect, it } from 'vitest';
import { wantsExplorerHtml } from '../../src/explorer/wantsExplorerHtml.js';

const get = (url: string, accept?: string | string[]) => ({ method: 'GET', url, headers: accept === undefined ? {} : { accept } });

describe('wantsExplorerHtml', () => {
  it.each([
    ['a browser navigation', get('/graphql', 'text/html,application/xhtml+xml,*/*;q=0.8'), true],
    ['text/html among other ranges, any case', get('/graphql', 'application/json, TEXT/HTML; q=0.5'), true],
    ['an Accept header sent as several lines', get('/graphql', ['application/json', 'text/html']), true],
    ['other query parameters', get('/graphql?utm=x', 'text/html'), true],
    ['a GraphQL GET with ?query=', get('/graphql?query=%7B__typename%7D', 'text/html'), false],
    ['an empty query parameter', get('/graphql?query=', 'text/html'), false],
    ['a JSON client', get('/graphql', 'application/json'), false],
    ['a wildcard only (curl)', get('/graphql', '*/*'), false],
    ['no Accept header', get('/graphql'), false],
    ['text/html refused with q=0', get('/graphql', 'text/html;q=0, application/json'), false],
    ['a POST', { method: 'POST', url: '/graphql', headers: { accept: 'text/html' } }, false],
    ['a HEAD', { method: 'HEAD', url: '/graphql', headers: { accept: 'text/html' } }, false],
  ])('%s → %s', (_name, request, expected) => {
    expect(wantsExplorerHtml(request)).toBe(expected);
  });
});
