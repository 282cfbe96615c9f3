import untranslated from '../../pipeline/checks/untranslated.js';
import { testCheck, type CheckCases } from './check-tester.js';

const valid: CheckCases['valid'] = [
  ['Alibaba bestreitet jegliches Fehlverhalten.', 'Alibaba denies any wrongdoing.'],
  ['Nach dem Willen von EU-Kommissionspräsidentin Ursula von der Leyen sollen Abhängigkeiten reduziert werden.',
    'EU Commission President Ursula von der Leyen wants dependencies to be reduced.'],
  ['Der Justizminister des Landes, Vincent Van Quickenborne, sagte nun der Zeitung etwas.',
    "The country's justice minister, Vincent Van Quickenborne, now told the newspaper something."],
  ['Vincent Van Quickenborne', 'Vincent Van Quickenborne'],
  ['Die Partei Alternative für Deutschland legte zu.', 'The Alternative für Deutschland party gained.'],
  ['Der Spiegel berichtet über die Frankfurter Allgemeine Zeitung.', 'Der Spiegel reports on the Frankfurter Allgemeine Zeitung.'],
  ['Die Menschen sterben in Lüttich.', 'People die in Liège.'],
  ['Er war im Krieg, so der Mann.', 'He was in the war, so the man said.'],
  ['Sein Motto: "make the world great again".', 'His motto: "make the world great again".'],
  ['Karl-Theodor zu Guttenberg trat zurück.', 'Karl-Theodor zu Guttenberg resigned.'],
];

const invalid: CheckCases['invalid'] = [
  ['Alibaba bestreitet jegliches Fehlverhalten.', 'Alibaba bestreitet jegliches Fehlverhalten.', ['Target is identical to the German source; expected an English translation']],
  ['Verdächtige Software', 'verdächtige software', ['Target is identical to the German source; expected an English translation']],
  ['Der Geheimdienst hat das wichtigste europäische Logistik-Drehkreuz überwacht.',
    'The secret service has monitored das wichtigste europäische Logistik-Drehkreuz.',
    ['Untranslated German in target: `das wichtigste europäische Logistik-Drehkreuz`']],
  ['Die "Zeiten der Naivität" hätten sich geändert.', 'The "Zeiten der Naivität" hätten changed.', ['Untranslated German in target: `Zeiten der Naivität" hätten`']],
  ['Sie soll Logistikabläufe verbessern und ist Teil der Plattform.', 'It should Logistikabläufe verbessern und ist part of the platform.',
    ['Untranslated German in target: `Logistikabläufe verbessern und ist`']],
  ['Offenbar sei Cainiao so in der Lage, auf Daten zuzugreifen.', 'Apparently Cainiao is able to access data, auf Daten zuzugreifen.',
    ['Untranslated German in target: `auf Daten zuzugreifen`']],
  ['Er sagte, dass es nicht stimmt, und ging.', 'He said dass es nicht stimmt and left. He also said wir werden kommen.',
    ['Untranslated German in target: `dass es nicht stimmt`', 'Untranslated German in target: `wir werden kommen`']],
];

testCheck(untranslated, { valid, invalid });
