import markup from '../../pipeline/checks/markup.js';
import type { InlineMark } from '../../pipeline/core/doc.js';
import { testCheck, type CheckCases } from './check-tester.js';

const bold: InlineMark = { id: 'm1', type: 'bold', paired: true, start: 4, end: 12, open: '**', close: '**', sourceOpen: 4, sourceClose: 14 };
const code: InlineMark = { id: 'm2', type: 'code', paired: false, start: 17, end: 20, open: '`npm`', close: '', sourceOpen: 19, sourceClose: 24 };

const valid: CheckCases['valid'] = [
  ['Die wichtige Frage.', 'The important question.', { marks: [{ ...bold, targetStart: 4, targetEnd: 13 }] }],
  ['Die wichtige Frage.', 'The important question.'],
  ['Die wichtige Frage und npm.', 'The important question and npm.', { marks: [{ ...bold, targetStart: 4, targetEnd: 13 }, { ...code, start: 23, end: 26, targetStart: 27, targetEnd: 30 }] }],
];

const invalid: CheckCases['invalid'] = [
  [
    'Die wichtige Frage.',
    'The important question.',
    ['Markup lost in translation: bold "**…**" around "wichtige" (dropped); expected it in the target'],
    { marks: [{ ...bold, lost: true }] },
  ],
  [
    'Die wichtige Frage.',
    'The important question.',
    ['Markup lost in translation: bold "…**" around "wichtige" (put around the whole sentence); expected it in the target'],
    { marks: [{ ...bold, open: '', lost: true, targetStart: 0, targetEnd: 23 }] },
  ],
  [
    'Die wichtige Frage mit npm.',
    'The important question with.',
    ['Markup lost in translation: bold "**…**" around "wichtige" (dropped); code "`npm`" (dropped); expected it in the target'],
    { marks: [{ ...bold, lost: true }, { ...code, start: 23, end: 26, lost: true }] },
  ],
];

testCheck(markup, { valid, invalid });
