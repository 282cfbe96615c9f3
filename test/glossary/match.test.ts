import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import { createTermMatcher, type TermMatcher } from '../../glossary/match.js';

let match: TermMatcher;
beforeAll(async () => {
  match = createTermMatcher(await loadGlossary('test/fixtures/glossary/matcher.yaml'));
});

/** `matched text → term id` for each hit, in text order. */
function hits(text: string): string[] {
  return match(text).map((h) => `${h.text} → ${h.term.id}`);
}

describe('createTermMatcher', () => {
  const valid: [string, string, string[]][] = [
    // Inflection through the stemmer.
    ['nominative', 'Der Geheimdienst wacht.', ['Geheimdienst → geheimdienst']],
    ['genitive -es', 'Der Chef des Geheimdienstes.', ['Geheimdienstes → geheimdienst']],
    ['plural -e', 'Die Geheimdienste wachen.', ['Geheimdienste → geheimdienst']],
    ['dative plural -en', 'Mit den Geheimdiensten.', ['Geheimdiensten → geheimdienst']],
    ['genitive -s', 'Im Umfeld des Logistikzentrums.', ['Logistikzentrums → logistikzentrum']],
    ['irregular plural through forms', 'Zwei Logistikzentren.', ['Logistikzentren → logistikzentrum']],
    ['plural with umlaut', 'Viele Frachtflughäfen.', ['Frachtflughäfen → frachtflughafen']],
    ['genitive of a compound', 'Nahe des Frachtflughafens.', ['Frachtflughafens → frachtflughafen']],
    ['plural -en of a compound', 'Die Sicherheitsbehörden ermitteln.', ['Sicherheitsbehörden → sicherheitsbehoerde']],
    ['umlaut plural of a short word', 'Die Räte tagen.', ['Räte → rat']],
    ['genitive of a name', 'Alibabas Logistik.', ['Alibabas → alibaba', 'Logistik → logistik']],
    ['apostrophe genitive', "Alibaba's Zentrale.", ["Alibaba's → alibaba"]],
    ['genitive of a place', 'Die Bürger Lüttichs.', ['Lüttichs → luettich']],
    ['genitive of an acronym', 'Die Ziele des EWTPs.', ['EWTPs → ewtp']],
    ['adjective ending in a phrase', 'Die Regeln der Europäischen Union.', ['Europäischen Union → europaeische-union']],
    ['first word inflected in a phrase', 'Die Reform des Vertrags von Lissabon.', ['Vertrags von Lissabon → vertrag-von-lissabon']],
    ['a masculine noun keeps its own entry for the feminine', 'Die Justizministerin und der Justizminister.', ['Justizministerin → justizministerin', 'Justizminister → justizminister']],
    ['genitive of a title', 'Ein Sprecher des Justizministers.', ['Justizministers → justizminister']],
    // Compounds with and without hyphen.
    ['hyphenated compound', 'Das Logistik-Drehkreuz wächst.', ['Logistik-Drehkreuz → logistik-drehkreuz']],
    ['compound written solid', 'Das Logistikdrehkreuz wächst.', ['Logistikdrehkreuz → logistik-drehkreuz']],
    ['solid compound in the genitive', 'Der Betrieb des Logistikdrehkreuzes.', ['Logistikdrehkreuzes → logistik-drehkreuz']],
    ['hyphenated compound in the plural', 'Zwei Logistik-Drehkreuze.', ['Logistik-Drehkreuze → logistik-drehkreuz']],
    ['variant with and without hyphen', 'De-Risking heißt auch Derisking.', ['De-Risking → de-risking', 'Derisking → de-risking']],
    ['truncated compound keeps the word', 'Mögliche Spionage- oder Einmischungsaktivitäten.', ['Spionage → spionage']],
    // Umlauts and ß spelt out.
    ['ue for ü', 'In Luettich.', ['Luettich → luettich']],
    ['oe for ö', 'Die Sicherheitsbehoerden.', ['Sicherheitsbehoerden → sicherheitsbehoerde']],
    ['ae for ä in a phrase', 'Die Europaeische Union.', ['Europaeische Union → europaeische-union']],
    ['ss for ß', 'Die Strasse ist zu.', ['Strasse → strasse']],
    ['ß in the plural', 'Alle Straßen.', ['Straßen → strasse']],
    // Case rules.
    ['insensitive term in lower case', 'ein geheimdienst', ['geheimdienst → geheimdienst']],
    ['insensitive term in capitals', 'GEHEIMDIENST ÜBERWACHT LÜTTICH', ['GEHEIMDIENST → geheimdienst', 'LÜTTICH → luettich']],
    ['insensitive variant in another case', 'Das De-risking beginnt.', ['De-risking → de-risking']],
    ['sensitive acronym as written', 'Laut FT sagte er.', ['FT → ft']],
    ['sensitive mixed-case acronym', 'Die AfD stimmt.', ['AfD → afd']],
    ['sensitive word by explicit rule', 'Der Rat tagt.', ['Rat → rat']],
    // Punctuation, spacing and metacharacters.
    ['name in quotes', 'Laut "Financial Times" sagte er.', ['Financial Times → financial-times']],
    ['name in German quotes with comma', 'Die „Financial Times“, eine Zeitung.', ['Financial Times → financial-times']],
    ['phrase across a line break', 'Die Financial\nTimes berichtet.', ['Financial\nTimes → financial-times']],
    ['four-word name', 'Präsidentin Ursula von der Leyen sagte.', ['Ursula von der Leyen → ursula-von-der-leyen']],
    ['term with plus signs', 'Code in C++ schreiben.', ['C++ → c-plus-plus']],
    ['term in brackets', 'Die Europäische Union (EU) hat.', ['Europäische Union → europaeische-union', '(EU) → eu-in-brackets']],
    ['regex characters are literal', 'Das Muster a.b*c passt.', ['a.b*c → regex-literal']],
    // Longest match wins, hits never overlap.
    ['longer phrase over its first word', 'Die Europäische Union handelt.', ['Europäische Union → europaeische-union']],
    ['longer phrase over its last word', 'Der Vertrag von Lissabon gilt.', ['Vertrag von Lissabon → vertrag-von-lissabon']],
    ['shorter entry where the longer does not fit', 'Die Europäische Kommission.', ['Europäische → europaeische']],
    ['separate words each match', 'Am Flughafen Lüttich.', ['Flughafen → flughafen', 'Lüttich → luettich']],
    ['repeated term', 'Geheimdienst hier, Geheimdienst dort.', ['Geheimdienst → geheimdienst', 'Geheimdienst → geheimdienst']],
  ];

  it.each(valid)('matches %s', (_name, text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  const invalid: [string, string][] = [
    ['a sensitive acronym in lower case', 'Das ist ft.'],
    ['a sensitive acronym with other capitals', 'Die Ewtp und die AFD.'],
    ['a sensitive word in lower case', 'Ich rat dir.'],
    ['a derived adjective (no -isch for -ik)', 'Logistische Fragen.'],
    ['a different word sharing letters', 'Die Ratten.'],
    ['a term inside a solid compound', 'Unter Spionageverdacht.'],
    ['the bracketed term without brackets', 'Die EU hat.'],
    ['a prefix of a literal term', 'Ein C+ und ein C.'],
    ['a near miss of a literal term', 'Das Muster aXb*c passt nicht.'],
    ['a phrase broken by punctuation', 'Die Financial, Times.'],
    ['a phrase with a word missing', 'Ursula von Leyen.'],
  ];

  it.each(invalid)('does not match %s', (_name, text) => {
    expect(hits(text)).toEqual([]);
  });

  it('gives offsets into the text, without surrounding punctuation', () => {
    const text = 'Laut „Financial Times“ ist Lüttichs Flughafen (EU) ein Spionage-Ziel.';
    expect(match(text).map((h) => [h.start, h.end, text.slice(h.start, h.end)])).toEqual([
      [6, 21, 'Financial Times'],
      [27, 35, 'Lüttichs'],
      [36, 45, 'Flughafen'],
      [46, 50, '(EU)'],
    ]);
  });

  it('never sees a term in a hyphenated compound of other words', () => {
    expect(hits('Ein Spionage-Ziel.')).toEqual([]);
  });

  it('returns the same hits for the same text, whatever was matched before', () => {
    const text = 'Der Geheimdienst überwacht das Logistikzentrum in Lüttich.';
    const first = match(text);
    match('Alibaba und Cainiao.');
    expect(match(text)).toEqual(first);
  });
});
