import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../output/index.js';
import { defaultConfig } from '../../pipeline/config.js';
import { segmentsOf } from '../../pipeline/core/doc.js';
import { InputError } from '../../pipeline/core/errors.js';
import { buildStages } from '../../pipeline/stages/build-stages.js';
import { runStages } from '../../pipeline/stages/stage.js';
import { documentFromBytes } from '../../pipeline/read/read-article.js';
import { fakeTranslator } from '../helpers/fake-translator.js';
import { tempFile } from '../output/external-tools.js';

const now = new Date(0);
const upper = (s: string): string => s.toUpperCase();

async function translated(file: string, bytes: Uint8Array | string) {
  const doc = await runStages(documentFromBytes(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, file), buildStages(defaultConfig()), { now, translator: fakeTranslator(upper) });
  return { doc, render: (format: keyof typeof FORMATS) => FORMATS[format].render(doc, { now, toolVersion: 'test' }) };
}

/** The one line `lektor` prints for an input it cannot read. */
function failure(file: string, bytes: Uint8Array): string {
  try {
    documentFromBytes(bytes, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).describe();
  }
  throw new Error(`${file} was read`);
}

describe('bad input', () => {
  it('malformed HTML (unclosed tags, stray </div>) is translated as a browser reads it, the rest kept as written', async () => {
    const input = '<p>Ein <b>fettes Wort</div> und <i>mehr\n<p>Noch ein Satz</p></i></span>';
    expect((await translated('page.html', input)).render('article-html')).toBe('<p>EIN <b>FETTES WORT</div> UND <i>MEHR\n<p>NOCH EIN SATZ</p></i></span>');
  });

  it('a binary file named .html is one line naming it', () => {
    expect(failure('bild.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('bild.html: binary file (NUL byte at offset 8), expected HTML text');
  });

  it('text in another charset than UTF-8 without a declaration is one line naming the file and line', () => {
    expect(failure('seite.html', Buffer.from('<p>Gr\xfc\xdfe\n<p>Stra\xdfe</p>', 'latin1'))).toBe('seite.html:1: invalid utf-8 (declare the charset with <meta charset> or a byte-order mark)');
    expect(failure('text.md', Buffer.from('Zeile\nStra\xdfe\n', 'latin1'))).toBe('text.md:2: invalid utf-8 (declare the charset with <meta charset> or a byte-order mark)');
  });

  it('an unknown <meta charset> is one line naming the file', () => {
    expect(failure('seite.html', Buffer.from('<meta charset="klingon"><p>Text</p>'))).toBe('seite.html: unknown charset "klingon" in <meta charset>');
  });

  it('a page in the charset its <meta> declares is read in it, and written as UTF-8 with a byte-order mark that browsers put above the <meta>', async () => {
    const input = '<meta charset="windows-1252"><p>Stra\xdfe \x93zitiert\x94</p>';
    const { doc, render } = await translated('seite.html', Buffer.from(input, 'latin1'));
    expect(doc.text).toBe('Straße “zitiert”');
    expect(doc.layout?.encoding).toBe('windows-1252');
    expect(render('article-html')).toBe('\uFEFF<meta charset="windows-1252"><p>STRASSE “ZITIERT”</p>');
  });

  it('Markdown with raw HTML blocks keeps them as written and translates around them', async () => {
    const input = 'Vorher ein Satz.\n\n<div class="box">\n<p>Rohes HTML</p>\n</div>\n\nNachher ein Satz.\n';
    expect((await translated('a.md', input)).render('article-md')).toBe('VORHER EIN SATZ.\n\n<div class="box">\n<p>Rohes HTML</p>\n</div>\n\nNACHHER EIN SATZ.\n');
  });

  it('a 10 MB page is translated, what is not text kept byte for byte', async () => {
    const script = `<script>var data = "${'x'.repeat(10 * 1024 * 1024)}";</script>`;
    const input = `<html><head>${script}</head><body><article><p>Der <b>Bund</b> entscheidet.</p></article></body></html>`;
    const output = (await translated('gross.html', input)).render('article-html');
    expect(output).toBe(input.replace('Der <b>Bund</b> entscheidet.', 'DER <b>BUND</b> ENTSCHEIDET.'));
  });

  it('a list nested 1000 levels deep: HTML is translated, Markdown is one line naming the line where reading would take minutes', async () => {
    const html = '<ul><li>Ebene '.repeat(1000) + '</li></ul>'.repeat(1000);
    expect((await translated('tief.html', html)).render('article-html')).toBe('<ul><li>EBENE '.repeat(1000) + '</li></ul>'.repeat(1000));
    const md = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- Ebene`).join('\n');
    expect(failure('tief.md', Buffer.from(md))).toBe('tief.md:202: nested too deeply to read (lists or quotes indented more than 400 columns)');
    const shallow = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- Ebene`).join('\n');
    expect((await translated('flach.md', shallow)).render('article-md')).toBe(shallow.replace(/Ebene/g, 'EBENE'));
  });

  it.each(['junk.html', 'junk.md'])('%s: any jumble of markup is read and written back, or is one line naming the file; never a crash or a stray placeholder', async (file) => {
    const bits = ['<p>', '</p>', '<b>', '</b>', '<i>', '</div>', '<table>', '<td>', '</table>', 'Der Bund. ', 'sagt ', '&amp;', '&T;', '<br>', '<img alt="Bild">', '<a href=x title="T">', '</a>', '<!-- c -->', '<script>x<y</script>', '<ul><li>', '\n', '  ', '<code>c</code>', '<span class=notranslate>', '</span>', '<', '>', '"', '**', '*', '`', '[', '](u)', '# ', '> ', '- ', '|', '\\', '![a](b)', '---\n', 'title: X\n'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...bits), { maxLength: 40 }), async (parts) => {
        const input = Buffer.from(parts.join(''));
        try {
          documentFromBytes(input, file);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        const output = (await translated(file, input)).render(file.endsWith('.md') ? 'article-md' : 'article-html');
        expect(output).not.toMatch(/ZXQ\d/i);
      }),
      { numRuns: 300 },
    );
  });

  describe('<script> in the article', () => {
    const input = '<article><p>Der Text <script>alert(1)</script> geht <img src=x onerror="alert(2)"> weiter &lt;script&gt;alert(3)&lt;/script&gt;.</p></article>';
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('is kept as written in the article and never sent to the model', async () => {
      const { doc, render } = await translated('a.html', input);
      expect(segmentsOf(doc).map((s) => s.source)).toEqual(['Der Text geht weiter <script>alert(3)</script>.']);
      expect(render('article-html')).toBe('<article><p>DER TEXT <script>alert(1)</script> GEHT <img src=x onerror="alert(2)"> WEITER &lt;SCRIPT&gt;ALERT(3)&lt;/SCRIPT&gt;.</p></article>');
    });

    it('never runs on the review page', async () => {
      const { render } = await translated('a.html', input);
      const file = await tempFile('script-article.review.html', render('html'));
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(pathToFileURL(file).href);
      expect(await page.locator('main script, main img').count()).toBe(0);
      expect(await page.locator('#s0001 td.src').innerText()).toContain('<script>alert(3)</script>');
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    });
  });
});
