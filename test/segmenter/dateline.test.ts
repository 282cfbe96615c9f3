import { describe, expect, it } from 'vitest';
import { agencyDatelineLength, gluedDatelineStart, isDateline } from '../../pipeline/segmenter/dateline.js';

describe('isDateline', () => {
  it.each([
    'Stand: 05.10.2023 12:07 Uhr',
    'Stand: 05.10.2023',
    'Aktualisiert am 06.10.2023, 08:15 Uhr',
    'Veröffentlicht am Donnerstag, 5. Oktober 2023',
    '5. Oktober 2023',
    '5. Okt. 2023',
    'Oktober 2023',
    '05.10.2023',
    '2023-10-05',
    '12:07',
    '12:07 Uhr',
    'Berlin, 05.10.2023',
  ])('valid: %j', (line) => expect(isDateline(line)).toBe(true));

  it.each([
    'Verdächtige Software',
    'Der Anschlag vom 11.09.2001',
    'Stand der Dinge',
    'Am 5. Oktober 2023 begann der Prozess.',
    '1. Datenschutz',
  ])('invalid: %j', (line) => expect(isDateline(line)).toBe(false));
});

describe('gluedDatelineStart', () => {
  it.each([
    ['Geheimdienst überwacht Logistikzentrum in Belgien Stand: 05.10.2023 12:07 Uhr', 'Stand: 05.10.2023 12:07 Uhr'],
    ['Neue Regeln Aktualisiert am 06.10.2023, 08:15 Uhr', 'Aktualisiert am 06.10.2023, 08:15 Uhr'],
    ['Neue Regeln 06.10.2023, 08:15 Uhr', '06.10.2023, 08:15 Uhr'],
  ])('finds the dateline at the end of %j', (line, dateline) => {
    const start = gluedDatelineStart(line);
    expect(start === undefined ? undefined : line.slice(start)).toBe(dateline);
  });

  it.each(['Der Anschlag vom 11.09.2001', 'Verdächtige Software', 'Stand: 05.10.2023'])('finds none in %j', (line) => {
    expect(gluedDatelineStart(line)).toBeUndefined();
  });
});

describe('agencyDatelineLength', () => {
  it.each([
    ['Berlin (dpa) - Die Regierung plant.', 'Berlin (dpa) -'],
    ['Frankfurt/Main (Reuters) – Die Börse schloss.', 'Frankfurt/Main (Reuters) –'],
    ['Brüssel, 5. Oktober (AFP/dpa) – Die EU prüft.', 'Brüssel, 5. Oktober (AFP/dpa) –'],
  ])('finds the agency dateline opening %j', (paragraph, dateline) => {
    expect(paragraph.slice(0, agencyDatelineLength(paragraph))).toBe(dateline);
  });

  it.each(['Berlin (dpa) -', 'Die Firma (dpa) berichtet', 'Berlin (Bund) - Die Regierung plant.', 'Der Verband (BDI) – ein Lobbyverein.'])(
    'finds none in %j',
    (paragraph) => expect(agencyDatelineLength(paragraph)).toBeUndefined(),
  );
});
