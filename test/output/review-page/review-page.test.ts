import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapSegments, segmentsOf, type LektorDoc } from '../../../pipeline/core/doc.js';
import render from '../../../output/review-page/review-page.js';
import { makeDoc } from '../../helpers/make-doc.js';
import { REPO_ROOT, tempFile } from '../external-tools.js';
import { markupDoc } from '../markup-doc.js';
import { hit, RENDER_OPTIONS, reviewDoc, scoredDoc } from '../review-doc.js';
import { reviewedDoc } from '../reviewed-units.js';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');
const ATTACKS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "'><svg onload=alert(3)>"];

/** Every text field an article, its memory matches or the glossary can fill, filled with markup that must stay text. */
function hostileDoc(): LektorDoc {
  const source = `Er schrieb ${ATTACKS[0]} und ${ATTACKS[1]}.`;
  const doc = makeDoc(
    [
      { kind: 'heading', segments: [{ source: ATTACKS[2] ?? '', target: ATTACKS[2] }] },
      {
        segments: [
          {
            source,
            target: `He wrote ${ATTACKS[0]} and ${ATTACKS[1]}.`,
            terms: [hit(source, ATTACKS[0] ?? '', { expected: ATTACKS[0] ?? '', note: ATTACKS[1] }), hit(source, ATTACKS[1] ?? '', { expected: 'x', found: false, note: ATTACKS[2] })],
            flags: [{ check: 'numbers', severity: 'error', message: `Found ${ATTACKS[1]}` }],
            matches: [{ similarity: 80, source: `Sie schrieb ${ATTACKS[1]}.`, target: `She wrote ${ATTACKS[2]}.`, origin: 'review', createdAt: '2026-11-30T09:00:00.000Z' }],
          },
        ],
      },
    ],
    `${ATTACKS[1]}`,
  );
  return { ...doc, meta: { ...doc.meta, model: { id: ATTACKS[0] ?? '', dtype: 'fp32' }, glossary: { name: ATTACKS[1] ?? '', path: 'g.yaml', terms: 1 } } };
}

/** The review document with the model's scores, one sentence a person reviewed, and one the `low-confidence` check flagged. */
function confidenceDoc(): LektorDoc {
  const flag = { check: 'low-confidence', severity: 'warning', message: 'Model confidence 42% (unsure of `The`); expected at least 50%' } as const;
  return mapSegments(scoredDoc(reviewedDoc()), (s) => (s.id === 's0003' ? { ...s, flags: [flag] } : s.id === 's0004' ? { ...s, confidence: 0.9731 } : s));
}

describe('html', () => {
  it('escapes article and glossary text: no tag from the article reaches the markup', () => {
    const html = render(hostileDoc(), RENDER_OPTIONS);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('writes an article’s inline markup as the page’s own spans, the markup as written only as escaped text', () => {
    const html = render(markupDoc(), RENDER_OPTIONS);
    expect(html).toContain('The <span class="mk mk-bold" title="&lt;b&gt;…&lt;/b&gt;">police</span> report a success');
    expect(html.slice(html.indexOf('<tbody'))).not.toMatch(/<(img|em|strong|b|i|br)\b/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('title="&lt;script&gt;alert(3)&lt;/script&gt;"');
  });

  it('marks each machine target with the model’s confidence, and underlines the words it was unsure of', () => {
    const html = render(confidenceDoc(), RENDER_OPTIONS);
    const row = (id: string) => html.slice(html.indexOf(`<tr id="${id}"`), html.indexOf('</tr>', html.indexOf(`<tr id="${id}"`)));
    expect(row('s0003')).toContain('data-confidence="0.4213" data-low-confidence>');
    expect(row('s0003')).toContain('<td class="tgt" lang="en"><u class="unsure">The</u> suspicion: possible <mark class="term term-repaired"');
    expect(row('s0003')).toContain(
      '<span class="conf conf-low"><span class="visually-hidden">Model confidence </span>42%<span class="visually-hidden">, unsure of: The</span></span></td>',
    );
    expect(row('s0004')).toContain('data-confidence="0.9731">');
    expect(row('s0004')).toContain('<span class="conf"><span class="visually-hidden">Model confidence </span>97%');
    // A person's English is reviewed, not scored; a copied segment was never the model's.
    for (const id of ['s0001', 's0002']) expect(row(id)).not.toMatch(/data-confidence|class="conf|unsure/);
  });

  it('allows only its own script, by hash, and no network at all', () => {
    const html = render(reviewDoc(), RENDER_OPTIONS);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-[A-Za-z0-9+/]+=*&#39;;/);
  });

  it('gives the same bytes for the same document', () => {
    expect(render(reviewDoc(), RENDER_OPTIONS)).toBe(render(reviewDoc(), RENDER_OPTIONS));
  });

  describe('in headless Chromium', () => {
    let browser: Browser;
    const dialogs: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];

    async function open(doc: LektorDoc, width = 1280): Promise<Page> {
      const file = await tempFile(`${doc.meta.name.replace(/[^\w-]/g, '_')}.review.html`, render(doc, RENDER_OPTIONS));
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(pathToFileURL(file).href);
      return page;
    }

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
      });
      await mkdir(ARTIFACTS, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('shows one row per segment, and the flagged filter shows only flagged rows', async () => {
      const page = await open(reviewDoc());
      const rows = page.locator('tr.seg');
      expect(await rows.count()).toBe(segmentsOf(reviewDoc()).length);
      await page.getByRole('button', { name: /Flagged/ }).click();
      expect(await page.locator('tr.seg:visible').evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(['s0004', 's0005']);
      await page.getByRole('button', { name: /Terms missing/ }).click();
      expect(await page.locator('tr.seg:visible').evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(['s0005']);
      expect(await page.getByRole('button', { name: /Terms missing/ }).getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('button', { name: /All/ }).click();
      expect(await page.locator('tr.seg:visible').count()).toBe(6);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('shows a term’s note in a tooltip on hover', async () => {
      const page = await open(reviewDoc());
      const term = page.locator('#s0005 td.src mark.term-missing');
      const tip = term.locator('.tip');
      await expect.poll(() => tip.isVisible()).toBe(false);
      await term.hover();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.innerText()).toBe('Term “Naivität” → “naïveté”: missing in target\nHouse style keeps the diaeresis.');
      await page.screenshot({ path: path.join(ARTIFACTS, 'review-page.png'), fullPage: true });
      await page.close();
    });

    it('marks terms on both sides, the English one found case-insensitively', async () => {
      const page = await open(reviewDoc());
      expect(await page.locator('#s0003 td.src mark.term').evaluateAll((m) => m.map((e) => [e.className, e.firstChild?.textContent]))).toEqual([
        ['term term-repaired', 'Spionage'],
        ['term term-ok', 'Alibaba'],
      ]);
      expect(await page.locator('#s0001 td.tgt mark.term').evaluateAll((m) => m.map((e) => e.firstChild?.textContent))).toEqual(['logistics centre']);
      expect(await page.locator('#s0001 h2').count()).toBe(2);
      await page.close();
    });

    it('moves with j/k and jumps to flagged rows with n/p', async () => {
      const page = await open(reviewDoc());
      const current = () => page.locator('tr.seg.current').getAttribute('id');
      await page.keyboard.press('j');
      expect(await current()).toBe('s0001');
      await page.keyboard.press('j');
      expect(await current()).toBe('s0002');
      await page.keyboard.press('n');
      expect(await current()).toBe('s0004');
      await page.keyboard.press('n');
      expect(await current()).toBe('s0005');
      await page.keyboard.press('k');
      expect(await current()).toBe('s0004');
      await page.keyboard.press('p');
      expect(await current()).toBe('s0004');
      await page.close();
    });

    it('renders hostile article text as text: no dialog, no element, no request', async () => {
      const page = await open(hostileDoc());
      await page.locator('#s0002 mark.term').first().hover();
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.locator('main img, main svg, main script').count()).toBe(0);
      expect(await page.locator('#s0002 td.src').innerText()).toContain(ATTACKS[0]);
      expect(await page.locator('#s0002 .fuzzy-match .match-en').innerText()).toBe(`She wrote ${ATTACKS[2]}.`);
      expect(await page.locator('h1').innerText()).toBe(ATTACKS[1]);
      await page.close();
    });

    it('shows inline markup as its formatting on both sides: bold, a link’s look, code in monospace; no element of the article runs', async () => {
      const page = await open(markupDoc());
      const style = (selector: string) =>
        page.locator(selector).evaluate((e) => {
          const s = e.ownerDocument.defaultView?.getComputedStyle(e);
          return { weight: s?.fontWeight, style: s?.fontStyle, font: s?.fontFamily, line: s?.textDecorationLine, text: e.textContent };
        });
      expect(await style('#s0001 td.src .mk-bold')).toMatchObject({ weight: '700', text: 'Polizei' });
      expect(await style('#s0001 td.tgt .mk-bold')).toMatchObject({ weight: '700', text: 'police' });
      for (const side of ['src', 'tgt']) {
        expect(await style(`#s0002 td.${side} .mk-link`)).toMatchObject({ line: 'underline' });
        expect(await style(`#s0002 td.${side} .mk-link .mk-italic`)).toMatchObject({ style: 'italic' });
        expect(await style(`#s0002 td.${side} .mk-code`)).toMatchObject({ font: expect.stringMatching(/monospace/), text: 'rm -rf' });
      }
      expect(await page.locator('#s0002 td.tgt').innerText()).toMatch(/^According to initial reports, rm -rf was run.*\.$/);
      expect(await page.locator('#s0005 td.tgt .mk-image').getAttribute('title')).toBe('<img src=x onerror="alert(2)">');
      await page.locator('#s0005 .mk-image').first().hover();
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      // The sentence cells hold only the page's own elements: spans for markup, marks for terms, headings.
      expect(await page.locator('td.src *:not(span, mark, h2), td.tgt *:not(span, mark, h2)').count()).toBe(0);
      expect(await page.locator('main img, main svg, main script').count()).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'review-page-markup.png'), fullPage: true });
      await page.close();
    });

    it('shows the confidence mark, reads it out with the words the model was unsure of, and underlines them dotted', async () => {
      const page = await open(confidenceDoc());
      // Seen: the percentage; read out: what it is and the words it concerns.
      expect(await page.locator('#s0003 .conf').textContent()).toBe('Model confidence 42%, unsure of: The');
      const hidden = await page.locator('#s0003 .conf .visually-hidden').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().width));
      expect(hidden).toEqual([1, 1]);
      expect(await page.locator('#s0003 .conf').evaluate((e) => [...e.childNodes].filter((n) => n.nodeType === n.TEXT_NODE).map((n) => n.textContent).join(''))).toBe('42%');
      const underline = await page.locator('#s0003 u.unsure').evaluate((e) => {
        const s = e.ownerDocument.defaultView?.getComputedStyle(e);
        return [s?.textDecorationLine, s?.textDecorationStyle];
      });
      expect(underline).toEqual(['underline', 'dotted']);
      // No tab stop of its own: the row's keys and the term marks keep theirs.
      expect(await page.locator('u.unsure[tabindex], .conf[tabindex]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'review-page-confidence.png'), fullPage: true });
      await page.close();
    });

    it('stacks the columns on a phone-sized screen without scrolling sideways', async () => {
      const page = await open(reviewDoc(), 390);
      await page.locator('#s0003 td.src mark.term').first().hover();
      const overflow = await page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'review-page-phone.png'), fullPage: true });
      await page.close();
    });
  });
});
