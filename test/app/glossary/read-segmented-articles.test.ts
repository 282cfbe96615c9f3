import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSegmentedArticles } from '../../../pipeline/app/glossary/read-segmented-articles.js';
import { segmentsOf } from '../../../pipeline/core/doc.js';
import { segmentText } from '../../../pipeline/segmenter/index.js';
import { readArticle } from '../../../pipeline/read/read-article.js';
import { repoRoot } from '../../helpers/run-cli.js';
import { FIXTURES } from '../../glossary/tools/maintenance-fixtures.js';

describe('readSegmentedArticles', () => {
  it('reads files and folders in input order and segments them as a translation run does', async () => {
    const docs = await readSegmentedArticles(['seeds', path.join(FIXTURES, 'articles')], repoRoot, new Date(0));
    expect(docs.map((d) => d.meta.name)).toEqual(['alibaba-liege-espionage', 'cainiao-liege', 'de-risking']);
    const seed = await readArticle(path.join(repoRoot, 'seeds/alibaba-liege-espionage.de.txt'));
    expect(segmentsOf(docs[0]!)).toEqual(segmentText(seed.text).flatMap((p) => p.segments));
  });

  it('fails on an input that does not exist', async () => {
    await expect(readSegmentedArticles(['missing.txt'], repoRoot, new Date(0))).rejects.toThrow('missing.txt: no such file or directory');
  });
});
