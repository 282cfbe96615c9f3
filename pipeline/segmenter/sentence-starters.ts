/**
 * Capitalised words that typically open a German sentence: articles, pronouns, conjunctions,
 * adverbs and prepositions. German capitalises every noun, so a capital letter alone says little
 * after `5 Mrd.` or `3.`; one of these words says a new sentence has begun.
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  // articles and determiners
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines', 'Kein', 'Keine',
  'Dieser', 'Diese', 'Dieses', 'Diesem', 'Diesen', 'Jener', 'Jene', 'Jenes', 'Jeder', 'Jede', 'Jedes',
  'Alle', 'Viele', 'Einige', 'Mehrere', 'Beide', 'Manche', 'Solche', 'Welche', 'Welcher', 'Welches',
  'Sein', 'Seine', 'Seinen', 'Seinem', 'Seiner', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Unser', 'Unsere', 'Mein', 'Meine',
  // pronouns
  'Ich', 'Du', 'Er', 'Sie', 'Es', 'Wir', 'Man', 'Dies', 'Dazu', 'Darauf', 'Darüber', 'Davon', 'Daran', 'Dafür',
  'Dagegen', 'Darin', 'Damit', 'Dadurch', 'Daraus', 'Niemand', 'Jemand', 'Nichts', 'Etwas', 'Alles',
  // question words
  'Wer', 'Was', 'Wie', 'Wo', 'Wann', 'Warum', 'Weshalb', 'Wieso', 'Wohin', 'Woher', 'Ob',
  // conjunctions and connecting adverbs
  'Und', 'Aber', 'Doch', 'Denn', 'Oder', 'Sondern', 'Auch', 'Dann', 'Danach', 'Dabei', 'Daher', 'Deshalb',
  'Deswegen', 'Darum', 'Trotzdem', 'Dennoch', 'Zudem', 'Außerdem', 'Allerdings', 'Jedoch', 'Somit', 'Also',
  'Zwar', 'Vielmehr', 'Stattdessen', 'Hinzu', 'Insgesamt', 'Gleichzeitig', 'Ebenfalls', 'Ebenso', 'Zugleich',
  'Als', 'Wenn', 'Weil', 'Obwohl', 'Während', 'Nachdem', 'Bevor', 'Seitdem', 'Sobald', 'Solange', 'Falls', 'Dass',
  // adverbs of time and place
  'Nun', 'Jetzt', 'Heute', 'Gestern', 'Morgen', 'Bisher', 'Zuvor', 'Später', 'Zuletzt', 'Zunächst',
  'Schließlich', 'Inzwischen', 'Mittlerweile', 'Bereits', 'Schon', 'Noch', 'Nur', 'Hier', 'Dort', 'Da', 'So',
  'Damals', 'Derzeit', 'Aktuell', 'Immer', 'Erst', 'Nie', 'Oft', 'Bald', 'Kaum', 'Nicht', 'Mehr',
  'Weitere', 'Weiter', 'Ferner', 'Offenbar', 'Vermutlich', 'Tatsächlich', 'Laut', 'Zum', 'Zur', 'Zu',
  // prepositions that open a sentence
  'In', 'Im', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Beim', 'Mit', 'Nach', 'Für', 'Gegen', 'Um', 'Über', 'Unter',
  'Von', 'Vom', 'Durch', 'Ohne', 'Bis', 'Ab', 'Seit', 'Trotz', 'Wegen', 'Neben', 'Zwischen', 'Hinter',
]);

const LEADING_WORD = /^\p{L}+/u;

/** Whether `text` starts with a word that typically opens a sentence (`Die`, `Damit`, `Er`). */
export function startsWithSentenceStarter(text: string): boolean {
  const word = LEADING_WORD.exec(text)?.[0];
  return word !== undefined && SENTENCE_STARTERS.has(word);
}
