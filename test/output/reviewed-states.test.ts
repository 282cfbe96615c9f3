import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../output/index.js';
import { makeDoc } from '../helpers/make-doc.js';
import { RENDER_OPTIONS } from './review-doc.js';

/** One reviewed sentence with a QA error the reviewer left, one machine sentence that is fine. */
const doc = makeDoc([
  {
    segments: [
      {
        source: 'Im Jahr 2018.',
        target: 'In the year.',
        origin: 'review',
        draft: 'In 2018.',
        reviewedAt: '2026-11-30T09:00:00.000Z',
        flags: [{ check: 'numbers', severity: 'error', message: 'Number `2018` missing in target' }],
      },
      { source: 'Ja.', target: 'Yes.', origin: 'model' },
    ],
  },
]);

const render = (format: keyof typeof FORMATS): string => FORMATS[format].render(doc, RENDER_OPTIONS);

describe('reviewed sentences in every format', () => {
  it('XLIFF 1.2: state="final" for the reviewed target, "translated" for the machine one', () => {
    const xliff = render('xliff');
    expect(xliff).toMatch(/<trans-unit id="s0001"[^>]*>\s*<source>Im Jahr 2018\.<\/source>\s*<target state="final">In the year\.<\/target>/);
    expect(xliff).toMatch(/<trans-unit id="s0002"[^>]*>\s*<source>Ja\.<\/source>\s*<target state="translated">Yes\.<\/target>/);
  });

  it('XLIFF 2.1: state="reviewed"', () => {
    expect(render('xliff2')).toMatch(/<unit id="s0001"[\s\S]*?<segment state="reviewed">/);
    expect(render('xliff2')).toMatch(/<unit id="s0002"[\s\S]*?<segment state="translated">/);
  });

  it('TMX: an x-lektor-origin prop on the reviewed unit only', () => {
    const tmx = render('tmx');
    expect(tmx.match(/x-lektor-origin">review</g)).toHaveLength(1);
    expect(tmx).toMatch(/<prop type="x-lektor-segment">s0001<\/prop>\s*<prop type="x-lektor-origin">review<\/prop>/);
  });

  it('JSONL: origin review with the draft and the time of the review', () => {
    const [reviewed, machine] = render('jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(reviewed).toMatchObject({ origin: 'review', target: 'In the year.', draft: 'In 2018.', reviewedAt: '2026-11-30T09:00:00.000Z' });
    expect(machine).toMatchObject({ origin: 'model', draft: null, reviewedAt: null });
  });

  it('HTML review page: the reviewed row is marked (a check after its id), the machine row is not', () => {
    const html = render('html');
    expect(html).toMatch(/<tr id="s0001" class="seg"[^>]* data-reviewed title="reviewed by a person"/);
    expect(html).not.toMatch(/<tr id="s0002"[^>]*data-reviewed/);
    expect(html).toContain('tr.seg[data-reviewed] td.id a::after { content: " \\2713"');
  });

  it('Markdown: the row says reviewed', () => {
    expect(render('md')).toMatch(/s0001 \| .* \| ✔ reviewed<br>/);
    expect(render('md')).not.toMatch(/\| s0002 \|.*reviewed/);
  });
});
