import { describe, expect, it } from 'vitest';
import { detectGerman, detectLanguage } from '../../../pipeline/app/service/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['Der Geheimdienst überwacht das Logistikzentrum in Lüttich.', 'de'],
    ['The federal government decided on Wednesday to raise funding for the railway considerably.', 'en'],
    ['Le service de renseignement surveille le centre logistique à Liège.', 'fr'],
  ])('%s: %s', (text, language) => {
    const detected = detectLanguage(text);
    expect(detected.language).toBe(language);
    expect(detected.confidence).toBeGreaterThan(0);
    expect(detected.confidence).toBeLessThanOrEqual(100);
  });

  it('takes a text too short to tell for German, with confidence 0', () => {
    expect(detectLanguage('Satz 3.')).toEqual({ language: 'de', confidence: 0 });
  });
});

describe('detectGerman', () => {
  it('takes German that scores close to a neighbour for German, with no lead', () => {
    expect(detectGerman('Guten Morgen.')).toEqual({ german: true, detected: { language: 'de', confidence: 0 } });
  });

  it('refuses English and French, naming the language', () => {
    expect(detectGerman('The intelligence service monitors the logistics centre in Liège.')).toMatchObject({ german: false, detected: { language: 'en' } });
    expect(detectGerman('Le service de renseignement surveille le centre logistique à Liège.')).toMatchObject({ german: false, detected: { language: 'fr' } });
  });
});
