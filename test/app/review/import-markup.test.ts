import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../pipeline/core/doc.js';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { importReviews } from '../../../pipeline/app/review/import-reviews.js';
import { editedCopy } from '../../helpers/edit-file.js';
import { translatedMarkdown } from '../../helpers/markdown-article.js';

const NOW = new Date('2026-11-30T09:00:00Z');

describe('importing reviews of a Markdown article', () => {
  it.each([
    [
      'xliff',
      'a.xlf',
      [
        [/<target state="[^"]+"[^>]*>The <g id="m1" ctype="bold">.*<\/target>/, '<target state="final">Police <g id="m1" ctype="bold">report</g> a success</target>'],
        [/<target state="[^"]+"[^>]*>Laut .*<\/target>/, '<target state="final">According to <g id="m1" ctype="link">the <g id="m2" ctype="italic">first</g> reports</g>, <x id="m3" ctype="x-code"/> was run.</target>'],
        [/<target state="[^"]+"[^>]*>The suspicion is .*<\/target>/, '<target state="final">The suspicion is great.</target>'],
      ],
    ],
    [
      'tmx',
      'a.tmx',
      [
        [/(<tuv xml:lang="en">\s*)<seg>The <bpt .*<\/seg>/, '$1<seg>Police <bpt i="1" x="1" type="bold">**</bpt>report<ept i="1">**</ept> a success</seg>'],
        [/(<tuv xml:lang="en">\s*)<seg>Laut .*<\/seg>/, '$1<seg>According to <bpt i="1" x="1">[</bpt>the <bpt i="2" x="2">*</bpt>first<ept i="2">*</ept> reports<ept i="1">](https://example.org)</ept>, <ph x="3">`rm -rf`</ph> was run.</seg>'],
        [/(<tuv xml:lang="en">\s*)<seg>The suspicion is .*<\/seg>/, '$1<seg>The suspicion is great.</seg>'],
      ],
    ],
  ] as const)('%s: the article is rebuilt with the reviewer’s English and the markup where the reviewer put it; a dropped code is flagged', async (_format, name, edits) => {
    const { dir, out } = await translatedMarkdown();
    await editedCopy(path.join(out, name), path.join(dir, 'cat', name), edits);
    const result = await importReviews([`cat/${name}`], { outDir: out, now: NOW, cwd: dir });
    expect(result).toMatchObject({ corrections: 3, refused: [], failed: [] });
    expect(await readFile(path.join(out, 'a.en.md'), 'utf8')).toBe(
      '# Police **report** a success\n\nAccording to [the *first* reports](https://example.org), `rm -rf` was run. The suspicion is great.\n',
    );
    const flags = segmentsOf((await readArticleRecord(out, 'a')).doc).map((s) => (s.flags ?? []).filter((f) => f.check === 'markup').map((f) => f.message));
    expect(flags).toEqual([[], [], [expect.stringMatching(/bold .*"groß" \(dropped\)/)]]);
  });
});
