import { MONTH_ABBREVIATIONS } from './months.js';

/**
 * What an abbreviation's period may mean when more text follows:
 * - `never`: it never ends a sentence (`Dr.`, `z. B.`, `vgl.`): a title or a word that needs a continuation.
 * - `before-capital`: it closes an enumeration (`usw.`, `etc.`), so a capitalised word after it starts a new sentence.
 * - `before-sentence-starter`: it is usually followed by a noun (`5 Mrd. Euro`, `Apple Inc. Chef`), which German
 *   capitalises too, so only a word that typically opens a sentence (`Die`, `Er`, `Damit`) or a quote ends it.
 */
export type AbbreviationEnding = 'never' | 'before-capital' | 'before-sentence-starter';

/** Multi-part abbreviations are listed as written (`z. B.`); `z.B.` and `z. B.` both match. */
const NEVER_ENDS: readonly string[] = [
  // titles, forms of address, degrees
  'Dr.', 'Prof.', 'Dipl.', 'Dipl.-Ing.', 'Dipl.-Kfm.', 'Dr.-Ing.', 'Ing.', 'Mag.', 'Hr.', 'Hrn.', 'Fr.', 'Frl.',
  'St.', 'Sr.', 'Jr.', 'jr.', 'jun.', 'sen.', 'Mr.', 'Mrs.', 'Ms.', 'Pfr.', 'Präs.', 'Abg.', 'Bgm.', 'Vors.',
  'stellv.', 'Gebr.', 'hl.', 'h. c.', 'habil.', 'mult.', 'em.', 'apl.', 'Doz.', 'Frhr.',
  'Univ.', 'Dir.', 'Insp.', 'Kpt.', 'Sekr.', 'Fa.', 'Fam.', 'Inh.', 'Nachf.',
  // faculties of doctorates, as in bylines: `Dr. med. vet.`, `Dr. rer. pol.`
  'med.', 'dent.', 'vet.', 'phil.', 'rer.', 'nat.', 'pol.', 'oec.', 'soc.', 'jur.', 'iur.', 'theol.', 'agr.',
  'paed.', 'sc.', 'techn.',
  // references into laws, books and lists
  'Nr.', 'Nrn.', 'Abs.', 'Abschn.', 'Anh.', 'Anl.', 'Anm.', 'Abb.', 'Tab.', 'Bd.', 'Bde.', 'Bl.', 'Buchst.',
  'Kap.', 'lit.', 'Rn.', 'Rdnr.', 'Sp.', 'Tz.', 'Ziff.', 'Zl.', 'Aufl.', 'Ausg.', 'Hrsg.', 'Hg.', 'Jg.',
  'Lfg.', 'Verf.', 'Verl.', 'Bearb.', 'Übers.', 'zit.', 'vgl.', 'Az.', 'BGBl.', 'Red.', 'Tel.', 'Pkt.', 'Pos.',
  'Abt.',
  // adverbial and prepositional abbreviations, which always continue
  'z. B.', 'z. T.', 'z. Zt.', 'z. Z.', 'z. Hd.', 'd. h.', 'i. d. R.', 'i. A.', 'i. V.', 'i. S.', 'i. S. d.',
  'i. S. v.', 'i. H. v.', 'i. e.', 'i. R.', 'i. W.', 'i. Allg.', 'u. U.', 'u. E.', 'm. E.', 'v. a.', 'o. g.',
  'o. a.', 'bzw.', 'ca.', 'rd.', 'ggf.', 'ggfs.', 'evtl.', 'inkl.', 'exkl.', 'zzgl.', 'abzgl.', 'bzgl.',
  'insb.', 'insbes.', 'einschl.', 'ausschl.', 'sog.', 'gem.', 'lt.', 'vs.', 'resp.', 'bspw.', 'Bsp.', 'allg.',
  'bes.', 'betr.', 'bez.', 'eigtl.', 'ehem.', 'entspr.', 'erw.', 'gegr.', 'geb.', 'gest.', 'gesch.', 'gez.',
  'verh.', 'verw.', 'urspr.', 'vorm.', 'nachm.', 'max.', 'min.', 'mind.', 'od.', 'zw.', 'zus.', 'jew.',
  'jmd.', 'jmdm.', 'jmdn.', 'jmds.', 'tägl.', 'wöchentl.', 'monatl.', 'jährl.', 'mtl.', 'ugs.', 'übl.', 'wg.',
  // wire copy: `Umsatz +5 % ggü. Vj.`
  'ggü.',
  // adjectives of origin and confession
  'ev.', 'evang.', 'kath.', 'luth.', 'prot.', 'röm.', 'dt.', 'engl.', 'frz.', 'ital.', 'span.', 'russ.',
  'poln.', 'chin.', 'jap.', 'griech.', 'lat.', 'österr.', 'schweiz.', 'amerik.', 'brit.', 'europ.', 'int.',
  'intl.', 'nördl.', 'südl.', 'östl.', 'westl.', 'staatl.', 'städt.', 'amtl.', 'mdl.', 'mündl.', 'schriftl.',
  'männl.', 'weibl.', 'orig.',
  // places
  'Bhf.', 'Hbf.', 'Bez.', 'Kr.', 'Lkr.', 'Gde.', 'Kt.', 'Whg.',
];

const ENDS_BEFORE_CAPITAL: readonly string[] = [
  'usw.', 'usf.', 'etc.', 'ff.', 'f.', 'u. Ä.', 'u. ä.', 'o. Ä.', 'o. ä.', 'u. dgl.', 'u. a. m.', 'u. v. m.',
  'u. v. a.', 'dgl.', 'desgl.', 's. o.', 's. u.', 'ebd.', 'a. a. O.',
];

const ENDS_BEFORE_SENTENCE_STARTER: readonly string[] = [
  // amounts and units
  'Mio.', 'Mrd.', 'Mill.', 'Tsd.', 'Jh.', 'Jhd.', 'Jhdt.', 'Jt.', 'Std.', 'Min.', 'Sek.', 'Stk.', 'Pfd.',
  'Dtzd.', 'Ztr.',
  // wire copy's periods of comparison (Vorjahr, -zeitraum, -monat, -quartal), often the last word
  'Vj.', 'Vjz.', 'Vm.', 'Vq.',
  // dates
  ...MONTH_ABBREVIATIONS, 'Mo.', 'Di.', 'Mi.', 'Do.', 'Sa.', 'So.', 'v. Chr.', 'n. Chr.', 'Chr.', 'd. J.', 'd. M.',
  // company forms
  'Co.', 'Ltd.', 'Inc.', 'Corp.', 'Bros.', 'Cie.', 'Mwst.', 'MwSt.',
  // also German words (`die Art.`, `ein Gen.`) or often the last word (`u. a.` = "and others", `a. D.`)
  'Art.', 'Gen.', 'Kl.', 'Reg.', 'Rep.', 'Prov.', 'Ges.', 'Str.', 'Pl.', 'u. a.', 'a. D.', 'a. M.',
];

function compact(abbreviation: string): string {
  return abbreviation.replaceAll(' ', '');
}

/** Every abbreviation, keyed without spaces (`z.B.`). */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationEnding> = new Map([
  ...NEVER_ENDS.map((a) => [compact(a), 'never'] as const),
  ...ENDS_BEFORE_CAPITAL.map((a) => [compact(a), 'before-capital'] as const),
  ...ENDS_BEFORE_SENTENCE_STARTER.map((a) => [compact(a), 'before-sentence-starter'] as const),
]);

/** The longest abbreviation has three parts (`i. d. R.`, `a. a. O.`). */
const MAX_PARTS = 3;
const ABBREVIATION_PART = /^\p{L}{1,5}\.$/u;
/** Street names abbreviate their last part: `Hauptstr. 12`, `Bahnhofstr.`, `Schillerpl. 3`. */
const STREET = /\p{L}(?:str|pl)$/u;
/** Hyphens and dashes between the parts of a compound: `Friedrich-Ebert-Str.`, `Mo.–Fr.` */
const COMPOUND_JOINER = /[-–]/u;

function lookUp(key: string): AbbreviationEnding | undefined {
  const hit = ABBREVIATIONS.get(key);
  if (hit !== undefined) return hit;
  // Sentence-initial capitals: `Vgl.`, `Ca.`, `Z. B.`. A single capital (`F.`) is an initial, not `f.`.
  const first = key[0]!;
  const lower = first.toLowerCase();
  return first === lower || key.length <= 2 ? undefined : ABBREVIATIONS.get(lower + key.slice(1));
}

/**
 * How the abbreviation that ends in `word.` behaves, or undefined when it is not one.
 * `before` are the words preceding it, nearest last, so the parts of `i. d. R.` are found.
 */
export function abbreviationEnding(word: string, before: readonly string[]): AbbreviationEnding | undefined {
  for (let parts = Math.min(before.length, MAX_PARTS - 1); parts >= 0; parts--) {
    const leading = before.slice(before.length - parts);
    if (!leading.every((p) => ABBREVIATION_PART.test(p))) continue;
    const hit = lookUp(`${leading.join('')}${word}.`);
    if (hit !== undefined) return hit;
  }
  if (STREET.test(word)) return 'before-sentence-starter';
  return compoundEnding(word);
}

/**
 * A hyphenated abbreviation ends as its last part does (`Friedrich-Ebert-Str.`, `ev.-luth.`,
 * `Univ.-Prof.`, `Mo.–Fr.`), or, when that part is no abbreviation of its own, as its abbreviated
 * first part (`Dipl.-Psych.`, `Dipl.-Päd.`).
 */
function compoundEnding(word: string): AbbreviationEnding | undefined {
  // Most words are no compound: test before splitting, as this runs at every period.
  if (!COMPOUND_JOINER.test(word)) return undefined;
  const parts = word.split(COMPOUND_JOINER);
  const first = parts[0]!;
  return lookUp(`${parts.at(-1)!}.`) ?? (first.endsWith('.') ? lookUp(first) : undefined);
}
