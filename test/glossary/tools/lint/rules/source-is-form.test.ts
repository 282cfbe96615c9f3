import rule from '../../../../../glossary/tools/lint/rules/source-is-form.js';
import { testRule } from '../rule-table.js';

testRule(rule, {
  valid: [
    ['the form listed under forms', '  - source: Sicherheitsbehörden\n    forms: [Sicherheitsbehörde]\n    target: security authorities\n'],
    ['a derived word, not a form', '  - source: Logistik\n    target: logistics\n  - source: logistisch\n    target: logistical\n'],
  ],
  invalid: [
    '6:5 "Sicherheitsbehörde" is a form of "Sicherheitsbehörden" (line 4), which the matcher finds first, so this entry never matches it; add it to that entry\'s forms',
  ],
});
