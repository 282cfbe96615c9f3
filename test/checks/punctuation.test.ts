import punctuation from '../../pipeline/checks/punctuation.js';
import { testCheck, type CheckCases } from './check-tester.js';

const valid: CheckCases['valid'] = [
  ['Der Verdacht: Mögliche Spionage.', 'The suspicion: possible espionage.'],
  ['Wer steckt dahinter?', 'Who is behind it?'],
  ['Verdächtige Software', 'Suspicious software'],
  ['Die „Zeiten der Naivität“ hätten sich geändert.', 'The “times of naivety” had changed.'],
  ['Er sagte: „Wir kommen.“', 'He said: "We are coming."'],
  ['Sie ist Teil der Plattform (EWTP).', 'It is part of the platform (EWTP).'],
  ['Er sagte: »Das war naiv.«', 'He said, "That was naive".'],
  ['„Wir kommen“, sagte er, „und zwar bald…', '"We are coming," he said, "and soon...'],
  ['Die Zeiten hätten sich geändert!', 'Times had changed!'],
];

const invalid: CheckCases['invalid'] = [
  ['Wer steckt dahinter?', 'Who is behind it.', ['Source ends with `?` but target ends with `.`']],
  ['Wer steckt dahinter?', 'Who is behind it', ['Source ends with `?` but target has no end punctuation']],
  ['Verdächtige Software', 'Suspicious software.', ['Source has no end punctuation but target ends with `.`']],
  ['Die Zeiten hätten sich geändert!', 'Times had changed.', ['Source ends with `!` but target ends with `.`']],
  ['Sie ist Teil der Plattform (EWTP).', 'It is part of the platform (EWTP.', ['Unbalanced `()` in target: 1 opening, 0 closing; source has 1 and 1']],
  ['Sie ist Teil [der Plattform].', 'It is part of] the platform].', ['Unbalanced `[]` in target: 0 opening, 2 closing; source has 1 and 1']],
  ['Die „Zeiten der Naivität“ hätten sich geändert.', 'The “times of naivety had changed.', ['Unbalanced quotes: 1 double quotation mark in target, 2 in source']],
  ['Er sagte: „Wir kommen.', 'He said: "We are coming."', ['Unbalanced quotes: 2 double quotation marks in target, 1 in source']],
  ['Ist das so (oder nicht)?', 'Is that so (or not.', ['Source ends with `?` but target ends with `.`', 'Unbalanced `()` in target: 1 opening, 0 closing; source has 1 and 1']],
];

testCheck(punctuation, { valid, invalid });
