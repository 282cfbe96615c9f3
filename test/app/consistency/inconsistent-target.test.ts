import { describe, expect, it } from 'vitest';
import inconsistentTarget from '../../../pipeline/app/consistency/inconsistent-target.js';
import { findings, place } from './folder-findings.js';

const GERMAN = 'Der Geheimdienst überwacht das Logistikzentrum in Lüttich.';
const MONITORS = 'The intelligence service monitors the logistics centre in Liège.';
const WATCHES = 'The secret service watches the logistics hub in Liège.';

describe('inconsistent-target', () => {
  it.each([
    ['the same English everywhere', [place('a', 's0001', GERMAN, MONITORS), place('b', 's0004', GERMAN, MONITORS, true)]],
    ['other German, other English', [place('a', 's0001', GERMAN, MONITORS), place('a', 's0002', 'Die Polizei ermittelt.', 'The police are investigating.')]],
    ['a sentence alone', [place('a', 's0001', GERMAN, MONITORS)]],
  ])('finds nothing in %s', (_case, places) => {
    expect(findings(inconsistentTarget, places)).toEqual([]);
  });

  it('names the other place on both, and asks for one English when nobody reviewed either', () => {
    expect(findings(inconsistentTarget, [place('a', 's0001', GERMAN, MONITORS), place('b', 's0004', GERMAN, WATCHES)])).toEqual([
      ['a s0001', `Same German has other English elsewhere: \`${WATCHES}\` in b s0004; expected one English for the same German`],
      ['b s0004', `Same German has other English elsewhere: \`${MONITORS}\` in a s0001; expected one English for the same German`],
    ]);
  });

  it('says which were reviewed: the reviewed English is the one to follow', () => {
    expect(findings(inconsistentTarget, [place('a', 's0001', GERMAN, MONITORS), place('b', 's0004', GERMAN, WATCHES, true)])).toEqual([
      ['a s0001', `Same German has other English elsewhere: \`${WATCHES}\` in b s0004 (reviewed); expected the reviewed English`],
      ['b s0004', `Same German has other English elsewhere: \`${MONITORS}\` in a s0001; expected the others to follow this reviewed English`],
    ]);
  });

  it('asks two reviewers who disagree to agree', () => {
    expect(findings(inconsistentTarget, [place('a', 's0001', GERMAN, MONITORS, true), place('b', 's0004', GERMAN, WATCHES, true)])[0]).toEqual([
      'a s0001',
      `Same German has other English elsewhere: \`${WATCHES}\` in b s0004 (reviewed); expected the reviewers to agree on one English`,
    ]);
  });

  it('groups the other places by their English, names three of each and counts the rest', () => {
    const places = [
      place('a', 's0001', GERMAN, MONITORS),
      ...['b', 'c', 'd', 'e', 'f'].map((article) => place(article, 's0002', GERMAN, WATCHES, article === 'c')),
      place('g', 's0003', GERMAN, 'The service monitors the hub.'),
    ];
    expect(findings(inconsistentTarget, places)[0]).toEqual([
      'a s0001',
      `Same German has other English elsewhere: \`${WATCHES}\` in b s0002, c s0002 (reviewed), d s0002 and 2 more; \`The service monitors the hub.\` in g s0003; expected the reviewed English`,
    ]);
    // The places that agree with b are not named to it.
    expect(findings(inconsistentTarget, places)[1]?.[1]).toBe(
      `Same German has other English elsewhere: \`${MONITORS}\` in a s0001; \`The service monitors the hub.\` in g s0003; expected one English for the same German`,
    );
  });
});
