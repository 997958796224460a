import { describe, expect, it } from 'vitest';
import { subscriptionHeaders } from '@media-gateway/runtime';

describe('subscriptionHeaders', () => {
  it('reads extensions.headers as lower-cased string headers', () => {
    expect(subscriptionHeaders({ headers: { 'X-MG-Identity': 'signed', 'x-request-id': 'r1', bad: 3 } })).toEqual({ 'x-mg-identity': 'signed', 'x-request-id': 'r1' });
  });

  it('keeps a name given twice as a repeated header, for the reader to refuse', () => {
    expect(subscriptionHeaders({ headers: { 'x-mg-identity': 'a', 'X-MG-IDENTITY': 'b' } })).toEqual({ 'x-mg-identity': ['a', 'b'] });
  });

  it('is empty without headers', () => {
    for (const extensions of [undefined, null, {}, { headers: 'x' }, { headers: ['x'] }]) expect(subscriptionHeaders(extensions as never)).toEqual({});
  });
});
