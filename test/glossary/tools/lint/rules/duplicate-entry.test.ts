import rule from '../../../../../glossary/tools/lint/rules/duplicate-entry.js';
import { testRule } from '../rule-table.js';

testRule(rule, {
  valid: [
    ['different sources', '  - source: Lüttich\n    target: Liège\n  - source: Brüssel\n    target: Brussels\n'],
    ['a forbidden entry for the same source', '  - source: Lüttich\n    target: Liège\n  - source: Lüttich\n    target: Liege\n    status: forbidden\n'],
    ['variants within one entry', '  - source: [Lüttich, Luettich]\n    target: Liège\n'],
    ['case-sensitive sources that differ in case', '  - source: AM\n    target: AM\n    case: sensitive\n  - source: Am\n    id: am-word\n    target: AM\n    case: sensitive\n'],
  ],
  invalid: ['7:5 "Luettich" is already an entry at line 4 with the same target "Liège"; remove one of them'],
});
