import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStages } from '../../pipeline/stages/stage.js';
import { readArticle } from '../../pipeline/read/read-article.js';
import segment from '../../pipeline/stages/segment.js';
import translate from '../../pipeline/stages/translate.js';
import { FORMATS } from '../../output/index.js';
import { fakeTranslator, type FakeScores } from '../helpers/fake-translator.js';
import { REPO_ROOT } from './external-tools.js';
import { RENDER_OPTIONS } from './review-doc.js';

/** Scores as a model's vary: a longer sentence less sure, and (at its first word, the fake's `EN:`) unsure. */
const score: FakeScores = (input) => ({ confidence: Number((20 / (20 + input.split(' ').length)).toFixed(4)), lowConfidence: [{ start: 0, end: 3 }] });

/** The example article through reader, segmenter and a rule-based, scoring "model", as a run would see it. */
async function seedDoc() {
  const doc = await readArticle(path.relative(process.cwd(), path.join(REPO_ROOT, 'seeds/alibaba-liege-espionage.de.txt')));
  const translator = fakeTranslator((s) => `EN: ${s}`, score);
  return runStages(doc, [segment(), translate({ batchSize: 8 })], { now: RENDER_OPTIONS.now, translator });
}

// Snapshots of the two most readable formats; the others are checked by schema and consumer tests.
describe('the seed article’s review outputs', () => {
  it.each(['md', 'xliff'] as const)('%s matches its snapshot', async (format) => {
    const doc = await seedDoc();
    const rendered = FORMATS[format].render({ ...doc, meta: { ...doc.meta, path: 'seeds/alibaba-liege-espionage.de.txt' } }, RENDER_OPTIONS);
    await expect(rendered).toMatchFileSnapshot(`__snapshots__/alibaba-liege-espionage${FORMATS[format].suffix}`);
  });
});
