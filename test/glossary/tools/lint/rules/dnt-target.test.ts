import rule from '../../../../../glossary/tools/lint/rules/dnt-target.js';
import { testRule } from '../rule-table.js';

testRule(rule, {
  valid: [
    ['dnt without target', '  - source: Cainiao\n    dnt: true\n'],
    ['dnt with the headword as target', '  - source: [Cainiao, Cainiao Network]\n    dnt: true\n    target: Cainiao\n'],
    ['a target without dnt', '  - source: Cainiao\n    target: Cainiao Network\n'],
  ],
  invalid: ['6:5 dnt: true keeps the German "Cainiao" as the English, but target is "Cainiao Network"; remove the target or dnt'],
});
