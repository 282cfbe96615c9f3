import { describe, expect, it } from 'vitest';
import { translateHtml } from '../../../pipeline/app/service/html-texts.js';

const upper = async (text: string) => text.toUpperCase();

describe('translateHtml', () => {
  it('translates the text between tags and keeps the markup, attributes and entities', async () => {
    expect(await translateHtml('<p class="lead">Der <a href="/x?a=1&amp;b=2">Geheimdienst</a> &amp; Co.</p>', upper)).toBe('<p class="lead">DER <a href="/x?a=1&amp;b=2">GEHEIMDIENST</a> &amp; CO.</p>');
  });

  it('leaves code, scripts, styles and translate="no" alone, and text without letters', async () => {
    const html = '<p>ja <code>nein</code></p><script>var a = "nein";</script><span translate="no">Lüttich</span><p> 12:07 </p>';
    expect(await translateHtml(html, upper)).toBe('<p>JA <code>nein</code></p><script>var a = "nein";</script><span translate="no">Lüttich</span><p> 12:07 </p>');
  });
});
