import repetition from '../../pipeline/checks/repetition.js';
import { testCheck, type CheckCases } from './check-tester.js';

const valid: CheckCases['valid'] = [
  ['Nein, das stimmt nicht.', 'No, that is not true.'],
  ['Nein, nein, das stimmt nicht.', 'No, no, that is not true.'],
  ['Nein, nein, nein, nein!', 'No, no, no, no!'],
  ['Die Regierung, die Regierung allein entscheidet.', 'The government, the government alone decides.'],
  ['New York, New York ist ein Lied.', 'New York, New York is a song.'],
  ['Er ging Schritt für Schritt vor.', 'He proceeded step by step.'],
  ['Sie sagte: "Wir kommen, wir kommen bestimmt."', 'She said: "We are coming, we are definitely coming."'],
];

const invalid: CheckCases['invalid'] = [
  ['Nein.', 'No, no, no, no, no, no, no, no.', ['Loop in target: `No` repeated 8 times in a row; the source repeats nothing like it']],
  ['Der Verdacht: Mögliche Spionage.', 'The suspicion: possible espionage espionage espionage.',
    ['Loop in target: `espionage` repeated 3 times in a row; the source repeats nothing like it']],
  ['Die Regierung erhoffte sich eine Belebung der Region.', 'The government hoped for a revival of the region of the region of the region.',
    ['Loop in target: `of the region` repeated 3 times in a row; the source repeats nothing like it']],
  ['Alibaba bestreitet jegliches Fehlverhalten.', 'Alibaba denies any wrongdoing, Alibaba denies any wrongdoing.',
    ['Loop in target: `Alibaba denies any wrongdoing` repeated 2 times in a row; the source repeats nothing like it']],
  ['Chinesische Firmen sind verpflichtet.', 'Chinese companies are are are are obliged.',
    ['Loop in target: `are` repeated 4 times in a row; the source repeats nothing like it']],
  ['Nein, nein, nein!', 'No, no, no, no, no, no!', ['Loop in target: `No` repeated 6 times in a row; the source repeats nothing like it']],
  ['Ein Satz.', 'the the the sentence. Then a sentence a sentence a sentence.',
    ['Loop in target: `the` repeated 3 times in a row; the source repeats nothing like it',
      'Loop in target: `a sentence` repeated 3 times in a row; the source repeats nothing like it']],
];

testCheck(repetition, { valid, invalid });
