import { describe, expect, it } from 'vitest';
import articleHtml from '../../../output/article/article-html.js';
import articleMd from '../../../output/article/article-md.js';
import { formatsFor } from '../../../output/index.js';
import { defaultConfig } from '../../../pipeline/config.js';
import { OutputError } from '../../../pipeline/core/errors.js';
import { buildStages } from '../../../pipeline/stages/build-stages.js';
import { runStages } from '../../../pipeline/stages/stage.js';
import { documentFromBytes } from '../../../pipeline/read/read-article.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';
import { makeDoc } from '../../helpers/make-doc.js';
import { wordLookup } from '../../helpers/word-lookup.js';

const options = { now: new Date(0), toolVersion: 'test' };
const LEXICON = { Der: 'The', Bund: 'federation', sagt: 'says', Ja: 'yes', Nein: 'no', und: 'and' };

async function translated(file: string, bytes: string | Buffer, lexicon: Record<string, string> = LEXICON) {
  const doc = documentFromBytes(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, file);
  return runStages(doc, buildStages(defaultConfig()), { now: options.now, translator: fakeTranslator(wordLookup(lexicon)) });
}

describe('article writers', () => {
  it('escape English that would read as markup where it is written', async () => {
    const html = await translated('a.html', '<p title="Der Bund">Der Bund sagt <b>Ja</b>.</p>', { ...LEXICON, Der: 'A & <The> "quoted"' });
    expect(articleHtml(html, options)).toBe('<p title="A &amp; <The> &quot;quoted&quot; federation">A &amp; &lt;The&gt; "quoted" federation says <b>yes</b>.</p>');
    const md = await translated('a.md', 'Der Bund sagt **Ja**.\n', { ...LEXICON, Der: '*The_[x]*' });
    expect(articleMd(md, options)).toBe('\\*The\\_\\[x\\]\\* federation says **yes**.\n');
  });

  it('keep a byte-order mark the input had', async () => {
    const doc = await translated('a.md', '\uFEFFDer Bund sagt Ja.\n');
    expect(articleMd(doc, options)).toBe('\uFEFFThe federation says yes.\n');
  });

  it('write only an article read in their format', async () => {
    const md = await translated('a.md', 'Der Bund sagt Ja.\n');
    expect(() => articleHtml(md, options)).toThrow(OutputError);
    expect(() => articleMd(makeDoc([['Der Bund sagt Ja.']]), options)).toThrow('test.txt: no Markdown layout to write the article from');
  });

  it('come with every Markdown or HTML article, and only with one of their own format', async () => {
    const md = await translated('a.md', 'Der Bund.\n');
    expect(formatsFor(md, ['html', 'txt'])).toEqual(['html', 'txt', 'article-md']);
    expect(formatsFor(md, ['article-html', 'article-md'])).toEqual(['article-md']);
    expect(formatsFor(makeDoc([['Der Bund.']]), ['txt', 'article-md'])).toEqual(['txt']);
  });
});
