import type { CaseGroup } from './case.js';

/**
 * Text as users paste it from web pages, encyclopedias, agency feeds, e-mail and social posts,
 * written after the rules for these sources, as a check on cases the rules were not built around.
 */
export const webAndWire: CaseGroup = {
  rule: 'web and wire copy written after the rules',
  cases: [
    {
      text: 'Hamburg (dpa) - Der Hamburger SV hat sein Heimspiel gegen den 1. FC Kaiserslautern mit 3:1 gewonnen. Die Tore fielen alle nach der Pause.',
      segments: ['Hamburg (dpa) -', 'Der Hamburger SV hat sein Heimspiel gegen den 1. FC Kaiserslautern mit 3:1 gewonnen.', 'Die Tore fielen alle nach der Pause.'],
    },
    { text: 'Die Abtei wurde im 11. Jh. gegründet.[1] Unter Abt Heinrich II. erlebte sie ihre Blütezeit.[2][3]', segments: ['Die Abtei wurde im 11. Jh. gegründet.[1]', 'Unter Abt Heinrich II. erlebte sie ihre Blütezeit.[2][3]'] },
    { text: 'Mega Stimmung beim Stadtfest! 🥳🎶 Nächstes Jahr sind wir wieder dabei!', segments: ['Mega Stimmung beim Stadtfest! 🥳🎶', 'Nächstes Jahr sind wir wieder dabei!'] },
    {
      text: 'In einem Post schrieb die Sängerin: „Danke, Wien! ❤️ Ihr wart unglaublich.“ Das Konzert war ausverkauft.',
      segments: ['In einem Post schrieb die Sängerin: „Danke, Wien! ❤️', 'Ihr wart unglaublich.“', 'Das Konzert war ausverkauft.'],
    },
    {
      text: 'Ansprechpartnerin ist Dr. rer. nat. Katrin Maier, Tel. 0351 463-0. Anfragen per E-Mail sind ebenfalls möglich.',
      segments: ['Ansprechpartnerin ist Dr. rer. nat. Katrin Maier, Tel. 0351 463-0.', 'Anfragen per E-Mail sind ebenfalls möglich.'],
    },
    {
      text: 'Der Vorstand der Muster AG, Lindenstr. 4, 80331 München, hat die Dividende gekürzt. Aktionäre reagierten verärgert.',
      segments: ['Der Vorstand der Muster AG, Lindenstr. 4, 80331 München, hat die Dividende gekürzt.', 'Aktionäre reagierten verärgert.'],
    },
    { text: 'Die Aufführung findet am 14./15. September im Stadttheater statt. Karten gibt es ab 12 Euro.', segments: ['Die Aufführung findet am 14./15. September im Stadttheater statt.', 'Karten gibt es ab 12 Euro.'] },
    { text: 'Zwischen dem 5.–7. Jahrhundert wanderten die Bajuwaren ein. Ihre Herkunft ist umstritten.', segments: ['Zwischen dem 5.–7. Jahrhundert wanderten die Bajuwaren ein.', 'Ihre Herkunft ist umstritten.'] },
    { text: 'Der Sender zeigte eine Doku über Papst Johannes Paul II. Im Anschluss gab es eine Diskussion.', segments: ['Der Sender zeigte eine Doku über Papst Johannes Paul II.', 'Im Anschluss gab es eine Diskussion.'] },
    { text: 'Die Stadt meldet 23(!) neue Baustellen. Autofahrer brauchen Geduld.', segments: ['Die Stadt meldet 23(!) neue Baustellen.', 'Autofahrer brauchen Geduld.'] },
    { text: 'Der Minister nannte den Plan (wörtlich!) „alternativlos“. Die Opposition widerspricht.', segments: ['Der Minister nannte den Plan (wörtlich!) „alternativlos“.', 'Die Opposition widerspricht.'] },
    {
      text: 'Wie bereits angekündigt, wird die Filiale in der Bahnhofstr. 7 ab dem\n1. Juli geschlossen. Ihre Konten werden von der Filiale am Markt\nweitergeführt.',
      segments: ['Wie bereits angekündigt, wird die Filiale in der Bahnhofstr. 7 ab dem\n1. Juli geschlossen.', 'Ihre Konten werden von der Filiale am Markt\nweitergeführt.'],
    },
    { text: 'Die Talsperre staut die Wupper auf einer Länge von 6 km.[4] Sie dient vor allem dem Hochwasserschutz.', segments: ['Die Talsperre staut die Wupper auf einer Länge von 6 km.[4]', 'Sie dient vor allem dem Hochwasserschutz.'] },
    { text: 'Was für ein Spiel!!! 😍⚽ Gratulation an das ganze Team.', segments: ['Was für ein Spiel!!! 😍⚽', 'Gratulation an das ganze Team.'] },
    {
      text: 'Der Kreisvorsitzende, Oberstlt. a. D. Peter Brandt, trat zurück. Ein Nachfolger wird im Herbst gewählt.',
      segments: ['Der Kreisvorsitzende, Oberstlt. a. D. Peter Brandt, trat zurück.', 'Ein Nachfolger wird im Herbst gewählt.'],
    },
    { text: 'Die röm.-kath. Pfarrei St. Marien feiert ihr 100-jähriges Bestehen. Der Bischof hält die Messe.', segments: ['Die röm.-kath. Pfarrei St. Marien feiert ihr 100-jähriges Bestehen.', 'Der Bischof hält die Messe.'] },
    {
      text: 'Ergänzen Sie die Endungen\n– Ich wohne in ein___ klein___ Wohnung.\n– Wir fahren mit d___ Bus.',
      segments: ['Ergänzen Sie die Endungen', '– Ich wohne in ein___ klein___ Wohnung.', '– Wir fahren mit d___ Bus.'],
    },
    {
      text: 'Bilden Sie Sätze mit den folgenden Wörtern im Perfekt\n1. gestern / ich / ins Kino gehen\n2. am Wochenende / wir / Freunde besuchen',
      segments: ['Bilden Sie Sätze mit den folgenden Wörtern im Perfekt', '1. gestern / ich / ins Kino gehen', '2. am Wochenende / wir / Freunde besuchen'],
    },
    { text: 'Wie viele Menschen starben?¹ Die Angaben schwanken stark.', segments: ['Wie viele Menschen starben?¹', 'Die Angaben schwanken stark.'] },
    {
      text: 'Nach dem Tod Ludwigs XIV. übernahm Philipp von Orléans die Regentschaft. Der neue König war erst fünf Jahre alt.',
      segments: ['Nach dem Tod Ludwigs XIV. übernahm Philipp von Orléans die Regentschaft.', 'Der neue König war erst fünf Jahre alt.'],
    },
    { text: 'Das Turnier findet vom 12. - 14. Juli in Halle statt. Gespielt wird auf Rasen.', segments: ['Das Turnier findet vom 12. - 14. Juli in Halle statt.', 'Gespielt wird auf Rasen.'] },
    { text: 'Laut der Agentur Reuters (Stand: 12.30 Uhr) ist die Lage ruhig. Weitere Details folgen.', segments: ['Laut der Agentur Reuters (Stand: 12.30 Uhr) ist die Lage ruhig.', 'Weitere Details folgen.'] },
    { text: 'Fragen? Schreiben Sie an Hallo!Team@example.net. Wir antworten werktags.', segments: ['Fragen?', 'Schreiben Sie an Hallo!Team@example.net.', 'Wir antworten werktags.'] },
  ],
};
