import { expect, it } from 'vitest';
import { parseNumberQuery } from './lookup';

it.each([
  ['CN202122975192.6', { kind: 'application', canonical: '202122975192.6' }],
  ['ZL 202122975192.6', { kind: 'application', canonical: '202122975192.6' }],
  ['202122975192', { kind: 'application', canonical: '202122975192.6' }],
  ['CN218751475U', { kind: 'publication', canonical: 'CN218751475U' }],
  ['218751475u', { kind: 'publication', canonical: 'CN218751475U' }],
  ['CN115883397B', { kind: 'publication', canonical: 'CN115883397B' }],
  ['无人机', { kind: 'none' }],
  ['202122975192.5', { kind: 'none' }],
  ['', { kind: 'none' }],
])('parseNumberQuery(%s)', (raw, want) => expect(parseNumberQuery(raw)).toEqual(want));
