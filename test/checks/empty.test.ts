import { describe, expect, it } from 'vitest';
import empty from '../../pipeline/checks/empty.js';
import { findMessages, testCheck, type CheckCases } from './check-tester.js';

const valid: CheckCases['valid'] = [
  ['Der Verdacht: Mögliche Spionage.', 'The suspicion: possible espionage.'],
  ['Ja.', 'Yes.'],
  ['Verdächtige Software', 'Suspicious software'],
  ['Nein!', 'No!'],
  ['Alibaba bestreitet jegliches Fehlverhalten.', 'A'],
];

const invalid: CheckCases['invalid'] = [
  ['Der Verdacht: Mögliche Spionage.', '', ['Empty target for a source of 32 characters']],
  ['Ja.', ' ', ['Empty target for a source of 3 characters']],
  ['Verdächtige Software', '\n', ['Empty target for a source of 20 characters']],
  ['  Nein!  ', '\t \u00a0', ['Empty target for a source of 5 characters']],
  ['Alibaba bestreitet jegliches Fehlverhalten.', '   ', ['Empty target for a source of 43 characters']],
];

testCheck(empty, { valid, invalid });

describe('empty scope', () => {

  it('leaves segments alone that were copied or not translated yet', () => {
    expect(findMessages(empty, [['12:07', '', { translatable: false, origin: 'copy' }]])).toEqual([]);
    expect(findMessages(empty, [['Der Verdacht.', '', { origin: 'copy' }]])).toEqual([]);
    expect(findMessages(empty, [['Der Verdacht.', '', { target: undefined }]])).toEqual([]);
  });
});
