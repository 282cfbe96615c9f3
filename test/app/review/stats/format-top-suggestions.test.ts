import { describe, expect, it } from 'vitest';
import { formatTopSuggestions, suggestCommand } from '../../../../pipeline/app/review/stats/format-top-suggestions.js';
import type { TopSuggestions } from '../../../../pipeline/app/review/stats/top-suggestions.js';

const hafen = { source: 'Hafen', target: 'port', sentences: 3, articles: ['a', 'b'], examples: [], alternatives: [] };
const spionage = { termId: 'spionage', source: 'Spionage', target: 'espionage', sentences: 2, articles: ['a'], replacements: [{ english: 'Spying', sentences: 1 }, { english: '', sentences: 1 }], examples: [] };
const none: TopSuggestions = { proposals: [], disputed: [], found: { proposals: 0, disputed: 0 } };

describe('formatTopSuggestions', () => {
  it('a section each, headlines as glossary suggest prints them, then the command that lists them all', () => {
    expect(formatTopSuggestions({ proposals: [hafen], disputed: [spionage], found: { proposals: 1, disputed: 1 } }, 'lektor glossary suggest out')).toBe(
      '\nglossary proposals (1):\n  Hafen → port    3 sentences in 2 articles (a, b)\n' +
        '\ndisputed glossary entries (1):\n  Spionage → espionage    replaced in 2 sentences in 1 article (a) by Spying (1), (deleted) (1)\n' +
        '\nall of them, with examples: lektor glossary suggest out\n',
    );
  });

  it('says how many there are when it names only the top', () => {
    expect(formatTopSuggestions({ ...none, proposals: [hafen], found: { proposals: 7, disputed: 0 } }, 'lektor glossary suggest out')).toBe(
      '\nglossary proposals (top 1 of 7):\n  Hafen → port    3 sentences in 2 articles (a, b)\n\nall of them, with examples: lektor glossary suggest out\n',
    );
  });

  it('leaves out an empty section, and prints nothing at all when both are', () => {
    expect(formatTopSuggestions({ ...none, disputed: [spionage], found: { proposals: 0, disputed: 1 } }, 'lektor glossary suggest out')).not.toContain('proposals');
    expect(formatTopSuggestions(none, 'lektor glossary suggest out')).toBe('');
  });
});

describe('suggestCommand', () => {
  it('the folder, and the glossary or the files of its stack if there is one, quoted for a shell where they need it', () => {
    expect(suggestCommand('translations/')).toBe('lektor glossary suggest translations/');
    expect(suggestCommand('out', ['/data/house glossary.yaml'])).toBe("lektor glossary suggest out --glossary '/data/house glossary.yaml'");
    expect(suggestCommand('out', ['house.yaml', 'desk.yaml'])).toBe('lektor glossary suggest out --glossary house.yaml --glossary desk.yaml');
    expect(suggestCommand("Tom's out")).toBe("lektor glossary suggest 'Tom'\\''s out'");
  });
});
