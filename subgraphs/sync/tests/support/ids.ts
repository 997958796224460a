import { formatHlc, type Hlc } from '@media-gateway/crdt';

/** A deterministic UUID per number, so failures name the same ids every run. */
export const uuid = (n: number, prefix = '00000000') => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const titleId = (n: number) => uuid(n, '7171e000');
export const deviceA = uuid(1, 'dddddddd');
export const deviceB = uuid(2, 'dddddddd');
export const profileId = uuid(1, '9f0f11e0');

/** The HLC string a device would send. */
export const hlcOf = (physical: number, node: string, logical = 0): string => formatHlc({ physical, logical, node } satisfies Hlc);
