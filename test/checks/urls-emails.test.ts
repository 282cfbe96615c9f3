import urlsEmails from '../../pipeline/checks/urls-emails.js';
import { testCheck, type CheckCases } from './check-tester.js';

const valid: CheckCases['valid'] = [
  ['Mehr dazu auf www.tagesschau.de/ausland.', 'More on www.tagesschau.de/ausland.'],
  ['Fragen an presse@example.de richten.', 'Send questions to presse@example.de.'],
  ['Siehe https://example.com/a?b=1#x, sagte er.', 'See https://example.com/a?b=1#x, he said.'],
  ['Der Shop AliExpress.com verkauft Waren.', 'The AliExpress.com shop sells goods.'],
  ['Laut "Financial Times" z.B. u.a. Spionage.', 'According to the "Financial Times", e.g. espionage, among others.'],
  ['Keine Links hier.', 'No links here.'],
];

const invalid: CheckCases['invalid'] = [
  ['Mehr dazu auf www.tagesschau.de/ausland.', 'More on www.tagesschau.de/abroad.',
    ['URL `www.tagesschau.de/ausland` missing in target; target has `www.tagesschau.de/abroad`']],
  ['Mehr dazu auf www.tagesschau.de.', 'More on the Tagesschau website.', ['URL `www.tagesschau.de` missing in target']],
  ['Fragen an presse@example.de richten.', 'Send questions to press@example.de.',
    ['E-mail address `presse@example.de` missing in target; target has `press@example.de`']],
  ['Siehe https://example.com/Bericht.', 'See https://example.com/report.', ['URL `https://example.com/Bericht` missing in target; target has `https://example.com/report`']],
  ['Der Shop AliExpress.com verkauft Waren.', 'The aliexpress.com shop sells goods.', ['URL `AliExpress.com` missing in target; target has `aliexpress.com`']],
  ['Auf tagesschau.de und an info@ard.de.', 'On tagesschau.com and to info@ard.com.',
    ['URL `tagesschau.de` missing in target; target has `tagesschau.com`', 'E-mail address `info@ard.de` missing in target; target has `info@ard.com`']],
];

testCheck(urlsEmails, { valid, invalid });
