import rule from '../../../../../glossary/tools/lint/rules/overlapping-terms.js';
import { testRule } from '../rule-table.js';

testRule(rule, {
  valid: [
    ['a longer term whose English contains the inner English', '  - source: Financial Times\n    dnt: true\n  - source: Times\n    target: Times\n'],
    ['an inner term inflected in the longer English', '  - source: Behörde\n    target: authority\n  - source: belgische Behörden\n    target: Belgian authorities\n'],
    ['terms that do not overlap', '  - source: Alibaba\n    dnt: true\n  - source: Cainiao\n    dnt: true\n'],
  ],
  invalid: [
    '6:5 "Justizminister" (line 4) lies inside "belgischer Justizminister": the longer term wins there, but its target "Belgian Justice Minister" does not contain "Minister of Justice"',
  ],
});
