import { describe, expect, it } from 'vitest';
import inconsistentSource from '../../../pipeline/app/consistency/inconsistent-source.js';
import { findings, place } from './folder-findings.js';

const UNDER_WAY = 'Investigations are under way.';

describe('inconsistent-source', () => {
  it.each([
    ['one German, one English, twice', [place('a', 's0002', 'Die Polizei ermittelt.', UNDER_WAY), place('b', 's0002', 'Die Polizei ermittelt.', UNDER_WAY)]],
    ['other German, other English', [place('a', 's0002', 'Die Polizei ermittelt.', 'The police are investigating.'), place('b', 's0002', 'Die Behörden ermitteln.', 'The authorities are investigating.')]],
  ])('finds nothing in %s', (_case, places) => {
    expect(findings(inconsistentSource, places)).toEqual([]);
  });

  it('flags one English for two German sentences on both, naming the other German and where it is', () => {
    expect(findings(inconsistentSource, [place('a', 's0002', 'Die Polizei ermittelt.', UNDER_WAY), place('b', 's0003', 'Die Behörden ermitteln.', UNDER_WAY, true)])).toEqual([
      ['a s0002', 'Same English translates other German elsewhere: `Die Behörden ermitteln.` in b s0003 (reviewed); expected different English for different German'],
      ['b s0003', 'Same English translates other German elsewhere: `Die Polizei ermittelt.` in a s0002; expected different English for different German'],
    ]);
  });
});
