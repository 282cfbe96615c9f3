import doublewords from '../../pipeline/checks/doublewords.js';
import { testCheck, type CheckCases } from './check-tester.js';

const valid: CheckCases['valid'] = [
  ['Alibaba bestreitet jegliches Fehlverhalten.', 'Alibaba denies any wrongdoing.'],
  ['Nein, nein, das stimmt nicht.', 'No, no, that is not true.'],
  ['Das ist sehr sehr gut.', 'That is very very good.'],
  ['Nein nein nein!', 'No no no!'],
  ['Er ging, ging aber nicht weit.', 'He went, went but not far.'],
  ['Der Verdacht: Mögliche Spionage.', 'The suspicion: possible espionage.'],
];

const invalid: CheckCases['invalid'] = [
  ['Der Verdacht: Mögliche Spionage.', 'The the suspicion: possible espionage.', ['Doubled word in target: `The the`']],
  ['Alibaba bestreitet jegliches Fehlverhalten.', 'Alibaba denies any any wrongdoing.', ['Doubled word in target: `any any`']],
  ['Sie soll Abläufe verbessern.', 'It is to improve  improve processes.', ['Doubled word in target: `improve  improve`']],
  ['Der Geheimdienst bestätigte das.', 'The secret service confirmed\nconfirmed that.', ['Doubled word in target: `confirmed\nconfirmed`']],
  ['Er sagte, sie sei im Land.', 'He said that that she was in in the country.', ['Doubled word in target: `that that`', 'Doubled word in target: `in in`']],
  ['Die Firma aus China.', 'The company from from China.', ['Doubled word in target: `from from`']],
];

testCheck(doublewords, { valid, invalid });
