import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../pipeline/core/doc.js';
import render from '../../output/md.js';
import { makeDoc } from '../helpers/make-doc.js';
import { markupDoc } from './markup-doc.js';
import { hit, RENDER_OPTIONS, reviewDoc } from './review-doc.js';

/** CommonMark with tables and raw HTML allowed: what a permissive Markdown viewer would show. */
const toHtml = (markdown: string) => new MarkdownIt({ html: true }).render(markdown);

describe('md', () => {
  it('writes a header with model, glossary, date and totals', () => {
    const md = render(reviewDoc(), RENDER_OPTIONS);
    expect(md.split('\n').slice(0, 5)).toEqual([
      '# review-doc',
      '',
      'Source: review-doc.txt  ',
      'Model: Xenova/opus-mt-de-en (fp32) · Glossary: news-de-en (3 terms) · 2023-10-05 12:07 UTC · Lektor 0.1.0  ',
      '6 segments · 2 flagged · 1 with missing terms · 4 term hits (1 repaired)',
    ]);
  });

  it('shows an article’s inline markup as the table’s formatting: bold, italic, a link without an address, code; images and breaks as signs', () => {
    const rows = render(markupDoc(), RENDER_OPTIONS).split('\n').filter((l) => /^\| (¶ )?s\d{4} /.test(l));
    expect(rows[1]).toBe('| ¶ s0002 | Laut [_ersten_ Angaben]() wurde `rm -rf` ausgeführt↵. | According to [_initial_ reports](), `rm -rf` was run↵. |  |');
    expect(rows[4]).toBe('| ¶ s0005 | Ein **wichtiger** Satz▣ & \\<b\\>mehr\\</b\\>. | An important sentence▣ & \\<b\\>more\\</b\\>. |  |');
    const html = toHtml(render(markupDoc(), RENDER_OPTIONS));
    expect(html).toContain('<td>According to <a href=""><em>initial</em> reports</a>, <code>rm -rf</code> was run↵.</td>');
    expect(html).not.toMatch(/<(img|script|b)\b/);
  });

  it('writes one table row per segment, marking terms, their fate and the flags', () => {
    const rows = render(reviewDoc(), RENDER_OPTIONS).split('\n').filter((l) => /^\| (¶ )?s\d{4} /.test(l));
    expect(rows).toHaveLength(segmentsOf(reviewDoc()).length);
    expect(rows[0]).toBe('| ¶ s0001 | **Geheimdienst überwacht *Logistikzentrum* in Lüttich** | **Secret service monitors *logistics centre* in Liège** |  |');
    expect(rows[2]).toBe('| ¶ s0003 | Der Verdacht: mögliche *Spionage*✎ bei *Alibaba*. | The suspicion: possible *espionage* at *Alibaba*. | ✎ Term “Spionage” → “espionage”: repaired by Lektor |');
    expect(rows[3]).toBe('| s0004 | Das berichtet die „Financial Times“ 😀 am 05.10.2023. | This is reported by the "Financial Times" 😀 on 5 October 2023. | ⚠ \\[warning\\] numbers: Number \\`05.10.2023\\` missing in target |');
    expect(rows[4]).toContain('*Naivität*✗');
    expect(rows[5]).toBe('| s0006 | Alibaba bestreitet jegliches Fehlverhalten. | _(not translated)_ |  |');
  });

  it('renders as a table with one body row per segment in a CommonMark viewer', () => {
    const html = toHtml(render(reviewDoc(), RENDER_OPTIONS));
    expect(html.match(/<tr>/g)).toHaveLength(segmentsOf(reviewDoc()).length + 1);
    expect(html).toContain('<td>Der Verdacht: mögliche <em>Spionage</em>✎ bei <em>Alibaba</em>.</td>');
  });

  it.each([
    ['HTML', '<script>alert(1)</script> <img src=x onerror=alert(2)>', '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;'],
    ['a pipe and a line break', 'links | rechts\nneue Zeile', 'links | rechts neue Zeile'],
    ['emphasis and code', '*Stern* _Strich_ `Code` ~~weg~~', '*Stern* _Strich_ `Code` ~~weg~~'],
    ['a link and an entity', '[Link](javascript:alert(1)) &amp; &nbsp;', '[Link](javascript:alert(1)) &amp;amp; &amp;nbsp;'],
  ])('shows %s in article text as the text it is', (_name, text, shown) => {
    const source = `${text} Spionage`;
    const doc = makeDoc([{ segments: [{ source, target: text, terms: [hit(source, 'Spionage', { expected: 'espionage', found: false })] }] }]);
    const html = toHtml(render(doc, RENDER_OPTIONS));
    expect(html).toContain(`<td>${shown} <em>Spionage</em>✗</td>`);
    expect(html).toContain(`<td>${shown}</td>`);
  });
});
