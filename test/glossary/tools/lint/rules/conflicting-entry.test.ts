import rule from '../../../../../glossary/tools/lint/rules/conflicting-entry.js';
import { testRule } from '../rule-table.js';

testRule(rule, {
  valid: [
    ['different sources with the same target', '  - source: Geheimdienst\n    target: intelligence service\n  - source: Nachrichtendienst\n    target: intelligence service\n'],
    ['a forbidden entry naming the wrong target', '  - source: Geheimdienst\n    target: intelligence service\n  - source: Geheimdienst\n    target: secret service\n    status: forbidden\n'],
  ],
  invalid: ['6:33 "Geheimdienst" is already an entry at line 4 with target "intelligence service", not "secret service"; keep one, or mark the wrong one status: forbidden'],
});
