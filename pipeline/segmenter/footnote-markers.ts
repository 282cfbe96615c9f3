/**
 * Reference and footnote markers as text copied from encyclopedias and the web carries them right
 * after a sentence's punctuation: `erfolgen.[6]`, `Residenzstadt.[4][5]`, `lang.[Anm. 1]`,
 * `eingestellt.¹`. They belong to the sentence they follow.
 *
 * A regular-expression fragment for one marker; a run of markers is this repeated. Each repetition
 * takes a whole marker (one superscript digit at a time), so a run cannot be split in several ways.
 */
export const FOOTNOTE_MARKER = '(?:\\[(?:\\d{1,3}|[a-z]|Anm\\.\\s?\\d{1,3})\\]|[¹²³⁰⁴-⁹])';
