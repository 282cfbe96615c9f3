import rule from '../../../../../glossary/tools/lint/rules/forbidden-as-target.js';
import { testRule } from '../rule-table.js';

testRule(rule, {
  valid: [
    ['a forbidden rendering nobody requires', '  - source: Justizminister\n    target: Minister of Justice\n    forbidden: [Justice Minister]\n'],
    ['the entry a forbidden entry corrects', '  - source: Lüttich\n    target: Liège\n  - source: Lüttich\n    target: Liege\n    status: forbidden\n'],
  ],
  invalid: [
    '10:5 target "Justice Minister" is forbidden by the entry for "Justizminister" at line 6',
    '15:5 target "liege" is forbidden by the entry for "Lüttich" at line 11',
  ],
});
