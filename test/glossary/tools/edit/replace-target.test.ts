import { describe, expect, it } from 'vitest';
import { replaceTarget, type Rendering } from '../../../../glossary/tools/edit/replace-target.js';
import { fixture } from '../maintenance-fixtures.js';

describe('replaceTarget', () => {
  const before = fixture('commented.yaml');
  const cases: [string, number, Rendering, string, string][] = [
    ['a quoted target', 1, { dnt: false, target: 'Liege: city' }, '        target: "Liège"', '        target: "Liege: city"'],
    ['a folded target', 2, { dnt: false, target: 'secret service' }, '        target: >-\n          intelligence\n          service\n', '        target: secret service\n'],
    ['dnt by a target', 0, { dnt: false, target: 'Van Quickenborne' }, '        dnt: true    # Belgian minister', '        target: Van Quickenborne    # Belgian minister'],
    ['a target by dnt', 1, { dnt: true, headword: 'Lüttich' }, '        target: "Liège"', '        dnt: true'],
  ];
  it.each(cases)('replaces %s and nothing else', (_, index, rendering, was, is) => {
    expect(before).toContain(was);
    expect(replaceTarget(before, index, rendering)).toBe(before.replace(was, is));
  });
});
