import type { CaseGroup } from './case.js';

export const links: CaseGroup = {
  rule: 'URLs, e-mail addresses and domains',
  cases: [
    { text: 'Weitere Informationen gibt es unter www.example.de. Die Seite ist kostenlos.', segments: ['Weitere Informationen gibt es unter www.example.de.', 'Die Seite ist kostenlos.'] },
    { text: 'Fragen beantwortet presse@example.de. Die Redaktion antwortet schnell.', segments: ['Fragen beantwortet presse@example.de.', 'Die Redaktion antwortet schnell.'] },
    { text: 'Der Bericht steht auf https://www.bundestag.de/dokumente/Bericht.Final.pdf. Er umfasst 300 Seiten.', segments: ['Der Bericht steht auf https://www.bundestag.de/dokumente/Bericht.Final.pdf.', 'Er umfasst 300 Seiten.'] },
    { text: 'Die Seite tagesschau.de meldet neue Zahlen. Die Quelle ist unklar.', segments: ['Die Seite tagesschau.de meldet neue Zahlen.', 'Die Quelle ist unklar.'] },
    { text: 'Kontakt: max.Mustermann@firma.de. Antworten dauern einige Tage.', segments: ['Kontakt: max.Mustermann@firma.de.', 'Antworten dauern einige Tage.'] },
    { text: 'Der Shop Alibaba.com wächst stark. Die Konkurrenz reagiert.', segments: ['Der Shop Alibaba.com wächst stark.', 'Die Konkurrenz reagiert.'] },
    { text: 'Mehr dazu auf https://example.com/suche?Begriff=Spionage. Der Link ist öffentlich.', segments: ['Mehr dazu auf https://example.com/suche?Begriff=Spionage.', 'Der Link ist öffentlich.'] },
    { text: 'Die Website www.Beispiel.de ist seit Montag offline. Ein Sprecher bestätigte das.', segments: ['Die Website www.Beispiel.de ist seit Montag offline.', 'Ein Sprecher bestätigte das.'] },
    { text: 'Schreiben Sie an Leser!Briefe@example.de. Wir veröffentlichen eine Auswahl.', segments: ['Schreiben Sie an Leser!Briefe@example.de.', 'Wir veröffentlichen eine Auswahl.'] },
    { text: 'Das Bündnis ist unter Klima!Jetzt@example.org erreichbar. Antworten kommen binnen Tagen.', segments: ['Das Bündnis ist unter Klima!Jetzt@example.org erreichbar.', 'Antworten kommen binnen Tagen.'] },
    { text: 'Die Adresse Wer?Wie@example.org ist gültig. Viele Filter lehnen sie trotzdem ab.', segments: ['Die Adresse Wer?Wie@example.org ist gültig.', 'Viele Filter lehnen sie trotzdem ab.'] },
    { text: 'Kommt alle!Wir sehen uns am Samstag vor dem Rathaus.', segments: ['Kommt alle!', 'Wir sehen uns am Samstag vor dem Rathaus.'] },
  ],
};
