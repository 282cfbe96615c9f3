import type { CaseGroup } from './case.js';

export const structure: CaseGroup = {
  rule: 'paragraphs, headings, datelines and lists',
  cases: [
    {
      text: 'Verdächtige Software\n\nDie Behörden prüfen den Fall. Ein Ergebnis fehlt.',
      segments: ['Verdächtige Software', 'Die Behörden prüfen den Fall.', 'Ein Ergebnis fehlt.'],
      kinds: ['heading', 'paragraph', 'paragraph'],
    },
    {
      text: 'Geheimdienst überwacht Logistikzentrum in Belgien Stand: 05.10.2023 12:07 Uhr\n\nDer Geheimdienst ermittelt.',
      segments: ['Geheimdienst überwacht Logistikzentrum in Belgien', 'Stand: 05.10.2023 12:07 Uhr', 'Der Geheimdienst ermittelt.'],
      kinds: ['heading', 'dateline', 'paragraph'],
    },
    {
      text: 'Neue Regeln für Online-Händler Aktualisiert am 06.10.2023, 08:15 Uhr\n\nDie EU verschärft die Regeln.',
      segments: ['Neue Regeln für Online-Händler', 'Aktualisiert am 06.10.2023, 08:15 Uhr', 'Die EU verschärft die Regeln.'],
      kinds: ['heading', 'dateline', 'paragraph'],
    },
    {
      text: 'Der Anschlag vom 11.09.2001\n\nDie Welt veränderte sich.',
      segments: ['Der Anschlag vom 11.09.2001', 'Die Welt veränderte sich.'],
      kinds: ['heading', 'paragraph'],
    },
    { text: 'Stand: 05.10.2023 12:07 Uhr', segments: ['Stand: 05.10.2023 12:07 Uhr'], kinds: ['dateline'] },
    { text: '5. Oktober 2023\n\nDie Sitzung beginnt.', segments: ['5. Oktober 2023', 'Die Sitzung beginnt.'], kinds: ['dateline', 'paragraph'] },
    { text: '12:07', segments: ['12:07'], kinds: ['dateline'] },
    {
      text: 'Berlin (dpa) - Die Bundesregierung plant neue Regeln. Sie sollen 2025 gelten.',
      segments: ['Berlin (dpa) -', 'Die Bundesregierung plant neue Regeln.', 'Sie sollen 2025 gelten.'],
      kinds: ['dateline', 'paragraph', 'paragraph'],
    },
    {
      text: 'Brüssel, 5. Oktober (AFP/dpa) – Die EU-Kommission prüft den Fall.',
      segments: ['Brüssel, 5. Oktober (AFP/dpa) –', 'Die EU-Kommission prüft den Fall.'],
      kinds: ['dateline', 'paragraph'],
    },
    {
      text: 'Der belgische Geheimdienst hat einem Medienbericht\nzufolge das Logistikzentrum überwacht. Die Firma\nbestreitet das.',
      segments: ['Der belgische Geheimdienst hat einem Medienbericht\nzufolge das Logistikzentrum überwacht.', 'Die Firma\nbestreitet das.'],
      kinds: ['paragraph', 'paragraph'],
    },
    {
      text: 'Die Sicherheits-\nbehörden ermitteln.',
      segments: ['Die Sicherheits-\nbehörden ermitteln.'],
      kinds: ['paragraph'],
    },
    {
      text: 'Vorbehalte schon vor dem Bau\nBedenken gegen das Logistikzentrum gab es laut\nder Zeitung bereits vor dem Bau des Zentrums.',
      segments: ['Vorbehalte schon vor dem Bau', 'Bedenken gegen das Logistikzentrum gab es laut\nder Zeitung bereits vor dem Bau des Zentrums.'],
      kinds: ['heading', 'paragraph'],
    },
    {
      text: 'Die Behörde prüft drei Punkte:\n1. Datenschutz\n2. Spionage\n3. Sabotage',
      segments: ['Die Behörde prüft drei Punkte:', '1. Datenschutz', '2. Spionage', '3. Sabotage'],
      kinds: ['paragraph', 'paragraph', 'paragraph', 'paragraph'],
    },
    {
      text: '1. Die Daten bleiben in Europa.\n2. Die Software wird geprüft.',
      segments: ['1. Die Daten bleiben in Europa.', '2. Die Software wird geprüft.'],
      kinds: ['paragraph', 'paragraph'],
    },
    {
      text: 'Die Forderungen:\n• mehr Kontrollen\n• strengere Gesetze',
      segments: ['Die Forderungen:', '• mehr Kontrollen', '• strengere Gesetze'],
      kinds: ['paragraph', 'paragraph', 'paragraph'],
    },
    {
      text: 'Erster Teil\n\n-\n\nZweiter Teil',
      segments: ['Erster Teil', '-', 'Zweiter Teil'],
      kinds: ['heading', 'paragraph', 'heading'],
    },
    {
      text: 'Was bedeutet das für Europa?\n\nDie Antwort ist offen.',
      segments: ['Was bedeutet das für Europa?', 'Die Antwort ist offen.'],
      kinds: ['paragraph', 'paragraph'],
    },
    { text: 'Er kam. Er sah. Er siegte', segments: ['Er kam.', 'Er sah.', 'Er siegte'], kinds: ['paragraph', 'paragraph', 'paragraph'] },
    {
      text: '  Erster Absatz.\n \t\n\tZweiter Absatz.  \n',
      segments: ['Erster Absatz.', 'Zweiter Absatz.'],
      kinds: ['paragraph', 'paragraph'],
    },
    {
      text:
        'Die belgischen Sicherheitsbehörden gehen davon aus, dass von der Software ein mögliches Spionagerisiko ausgeht, sagte eine Person.\n' +
        'Chinesische Firmen sind gesetzlich verpflichtet, ihre Daten an Chinas Behörden und Sicherheitsdienste weiterzugeben.',
      segments: [
        'Die belgischen Sicherheitsbehörden gehen davon aus, dass von der Software ein mögliches Spionagerisiko ausgeht, sagte eine Person.',
        'Chinesische Firmen sind gesetzlich verpflichtet, ihre Daten an Chinas Behörden und Sicherheitsdienste weiterzugeben.',
      ],
      kinds: ['paragraph', 'paragraph'],
    },
    {
      text: 'Setzen Sie das passende Verb ein\n1. Ich ___ gern Tennis.\n2. Wir ___ am Wochenende ins Kino.\n3. Meine Schwester ___ Ärztin.',
      segments: ['Setzen Sie das passende Verb ein', '1. Ich ___ gern Tennis.', '2. Wir ___ am Wochenende ins Kino.', '3. Meine Schwester ___ Ärztin.'],
      kinds: ['heading', 'paragraph', 'paragraph', 'paragraph'],
    },
    {
      text: 'Übung 4\n1. Der Zug ___ um 8 Uhr ab.\n2. Wann ___ du in Berlin an?',
      segments: ['Übung 4', '1. Der Zug ___ um 8 Uhr ab.', '2. Wann ___ du in Berlin an?'],
      kinds: ['heading', 'paragraph', 'paragraph'],
    },
    {
      text: 'Was die Koalition plant\n1. Die Mehrwertsteuer auf Speisen sinkt.\n2. Die Pendlerpauschale steigt.',
      segments: ['Was die Koalition plant', '1. Die Mehrwertsteuer auf Speisen sinkt.', '2. Die Pendlerpauschale steigt.'],
      kinds: ['heading', 'paragraph', 'paragraph'],
    },
    {
      text: 'Lückentext: 1. Ich ___ gern Tennis. 2. Du ___ gern Fußball.',
      segments: ['Lückentext: 1. Ich ___ gern Tennis.', '2. Du ___ gern Fußball.'],
      kinds: ['paragraph', 'paragraph'],
    },
    {
      text: 'Wer zahlt?\na) Die Gemeinde zahlt.\nb) Das Land zahlt.',
      segments: ['Wer zahlt?', 'a) Die Gemeinde zahlt.', 'b) Das Land zahlt.'],
      kinds: ['paragraph', 'paragraph', 'paragraph'],
    },
    {
      text: 'Die Zahl der Anträge stieg während der\nersten drei Monate des Jahres um ein Viertel, wie das Amt am\nMittwoch mitteilte.',
      segments: ['Die Zahl der Anträge stieg während der\nersten drei Monate des Jahres um ein Viertel, wie das Amt am\nMittwoch mitteilte.'],
      kinds: ['paragraph'],
    },
    {
      text: 'Thunfisch ist besonders belastet.\nAndere\nFischsorten (z. B. Hering) weisen geringere Werte auf.',
      segments: ['Thunfisch ist besonders belastet.', 'Andere\nFischsorten (z. B. Hering) weisen geringere Werte auf.'],
      kinds: ['paragraph', 'paragraph'],
    },
    {
      text: 'Der Stadtrat stimmte mit großer Mehrheit für den\nNeubau des Hallenbads. Die Kosten liegen bei 18 Millionen Euro.',
      segments: ['Der Stadtrat stimmte mit großer Mehrheit für den\nNeubau des Hallenbads.', 'Die Kosten liegen bei 18 Millionen Euro.'],
      kinds: ['paragraph', 'paragraph'],
    },
    {
      text:
        'Nach Angaben des Statistischen Bundesamts sank die Zahl der Insolvenzen im\n' +
        'vergangenen Jahr um 4 Prozent, während die Zahl der Verbraucherinsolvenzen leicht zunahm, wie die Behörde mitteilte.',
      segments: [
        'Nach Angaben des Statistischen Bundesamts sank die Zahl der Insolvenzen im\n' +
          'vergangenen Jahr um 4 Prozent, während die Zahl der Verbraucherinsolvenzen leicht zunahm, wie die Behörde mitteilte.',
      ],
      kinds: ['paragraph'],
    },
    {
      text: 'Kommentar\nDie Regierung hat die Chance verpasst, die Reform noch vor der\nSommerpause zu beschließen.',
      segments: ['Kommentar', 'Die Regierung hat die Chance verpasst, die Reform noch vor der\nSommerpause zu beschließen.'],
      kinds: ['heading', 'paragraph'],
    },
    {
      text: 'Neues Modell\niPhone 16 kommt im September in den Handel, teilte der Konzern mit.',
      segments: ['Neues Modell', 'iPhone 16 kommt im September in den Handel, teilte der Konzern mit.'],
      kinds: ['heading', 'paragraph'],
    },
  ],
};
