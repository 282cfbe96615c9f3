import rule from '../../../../../glossary/tools/lint/rules/target-spacing.js';
import { testRule } from '../rule-table.js';

testRule(rule, {
  valid: [
    ['single spaces', '  - source: Frachtflughafen\n    target: cargo airport\n    forbidden: [freight airport]\n'],
    ['a dnt entry without target', '  - source: Alibaba\n    dnt: true\n'],
  ],
  invalid: [
    '5:5 target "logistics hub " starts or ends with a space',
    '7:5 target "cargo  airport" has doubled spaces',
    '8:17 forbidden rendering " freight airport" starts or ends with a space',
  ],
});
