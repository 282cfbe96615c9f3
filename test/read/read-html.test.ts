import { describe, expect, it } from 'vitest';
import { UsageError } from '../../pipeline/core/errors.js';
import { readHtml } from '../../pipeline/read/read-html.js';

/** Blocks in the order of the page (readHtml finds an element's attributes before its text is done). */
const texts = (source: string, select?: string) =>
  readHtml(source, 'page.html', select === undefined ? {} : { select })
    .sort((a, b) => a.sourceStart - b.sourceStart)
    .map((b) => [b.kind, b.text, b.context.in]);

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Der Titel</title><style>p { color: red }</style><script>var t = "Nicht übersetzen";</script></head>
<body>
<nav><a href="/">Startseite</a></nav>
<article>
<h1>Die Schlagzeile</h1>
<p>Ein <b>wichtiger</b> Satz mit <abbr title="Deutsche Presse-Agentur">dpa</abbr>.</p>
<figure><img src="a.png" alt="Ein Hund"><figcaption>Die Bildunterschrift</figcaption></figure>
<ul><li>Punkt eins</li><li>Punkt zwei</li></ul>
<table><tr><th>Kopf</th><td>Zelle</td></tr></table>
<pre>Vorformatiert</pre>
<p translate="no">Markenname</p>
<p class="teaser notranslate">Geschützt</p>
<!-- Ein Kommentar -->
<p data-note="Attribut">Text mit <code>Code</code>.</p>
</article>
<footer>Impressum</footer>
</body></html>`;

describe('readHtml', () => {
  it('takes text blocks and alt/title values; leaves scripts, styles, pre, comments, code, protected parts and other attributes alone', () => {
    expect(texts(PAGE)).toEqual([
      ['heading', 'Der Titel', 'content'],
      ['paragraph', 'Startseite', 'content'],
      ['heading', 'Die Schlagzeile', 'content'],
      ['paragraph', 'Ein wichtiger Satz mit dpa.', 'content'],
      ['paragraph', 'Deutsche Presse-Agentur', 'attribute'],
      ['paragraph', 'Ein Hund', 'attribute'],
      ['paragraph', 'Die Bildunterschrift', 'content'],
      ['paragraph', 'Punkt eins', 'content'],
      ['paragraph', 'Punkt zwei', 'content'],
      ['paragraph', 'Kopf', 'content'],
      ['paragraph', 'Zelle', 'content'],
      ['paragraph', 'Text mit Code.', 'content'],
      ['paragraph', 'Impressum', 'content'],
    ]);
  });

  it('--select takes only the matched part of the page', () => {
    expect(texts(PAGE, 'article h1, article figure').map(([, text]) => text)).toEqual(['Die Schlagzeile', 'Ein Hund', 'Die Bildunterschrift']);
  });

  it('--select: a selector that matches nothing is an error naming the page, one that is no selector a usage error', () => {
    expect(() => texts(PAGE, 'main')).toThrow('page.html: --select "main" matches nothing on the page');
    expect(() => texts(PAGE, 'p[')).toThrow(UsageError);
  });

  it('reads malformed HTML as a browser does, each tag written once', () => {
    const blocks = readHtml('<p>Ein <b>fettes <i>Wort</b> hier</div><p>Noch <b>einer', 'page.html');
    expect(blocks.map((b) => b.text)).toEqual(['Ein fettes Wort hier', 'Noch einer']);
    const opens = blocks.flatMap((b) => b.marks.map((m) => m.sourceOpen));
    expect(new Set(opens).size).toBe(opens.length);
  });
});
