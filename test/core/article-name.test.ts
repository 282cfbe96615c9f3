import { describe, expect, it } from 'vitest';
import { articleName } from '../../pipeline/core/article-name.js';

describe('articleName', () => {
  it.each([
    ['seeds/alibaba-liege-espionage.de.txt', 'alibaba-liege-espionage'],
    ['a/b/report.txt', 'report'],
    ['notes.text', 'notes'],
    ['x.md', 'x'],
    ['bericht.de.html', 'bericht'],
  ])('%s → %s', (file, name) => expect(articleName(file)).toBe(name));
});
