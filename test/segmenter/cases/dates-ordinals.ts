import type { CaseGroup } from './case.js';

export const datesAndOrdinals: CaseGroup = {
  rule: 'dates and ordinals',
  cases: [
    { text: 'Am 3. Oktober feiert Deutschland die Einheit. Die Feiern finden in Hamburg statt.', segments: ['Am 3. Oktober feiert Deutschland die Einheit.', 'Die Feiern finden in Hamburg statt.'] },
    { text: 'Die Frist endet am 2. Jan. 2024. Danach drohen Strafen.', segments: ['Die Frist endet am 2. Jan. 2024.', 'Danach drohen Strafen.'] },
    { text: 'Das Gebäude stammt aus dem 19. Jahrhundert. Es steht unter Denkmalschutz.', segments: ['Das Gebäude stammt aus dem 19. Jahrhundert.', 'Es steht unter Denkmalschutz.'] },
    { text: 'Das Abkommen wurde am 05.10.2023 unterzeichnet. Es tritt 2024 in Kraft.', segments: ['Das Abkommen wurde am 05.10.2023 unterzeichnet.', 'Es tritt 2024 in Kraft.'] },
    { text: 'Die Frist endete am 05.10.2023. Einen Aufschub gibt es nicht.', segments: ['Die Frist endete am 05.10.2023.', 'Einen Aufschub gibt es nicht.'] },
    { text: 'Der Verein belegte Platz 5. Damit verpasste er die Qualifikation.', segments: ['Der Verein belegte Platz 5.', 'Damit verpasste er die Qualifikation.'] },
    { text: 'Der Verein landete auf Platz 5. Bayern gewann die Meisterschaft.', segments: ['Der Verein landete auf Platz 5.', 'Bayern gewann die Meisterschaft.'] },
    { text: 'Er wurde am 3. und 4. März befragt. Das Urteil folgt später.', segments: ['Er wurde am 3. und 4. März befragt.', 'Das Urteil folgt später.'] },
    { text: 'Die Regierung tagt am 12. 10. 2023 erneut. Dann fällt die Entscheidung.', segments: ['Die Regierung tagt am 12. 10. 2023 erneut.', 'Dann fällt die Entscheidung.'] },
    { text: 'Der 2. Weltkrieg endete 1945. Europa lag in Trümmern.', segments: ['Der 2. Weltkrieg endete 1945.', 'Europa lag in Trümmern.'] },
    { text: 'Die Feier zum 100. Geburtstag fand im Rathaus statt. Viele Gäste kamen.', segments: ['Die Feier zum 100. Geburtstag fand im Rathaus statt.', 'Viele Gäste kamen.'] },
    { text: 'Das Unternehmen wurde 1999 gegründet. 2014 ging es an die Börse.', segments: ['Das Unternehmen wurde 1999 gegründet.', '2014 ging es an die Börse.'] },
    { text: 'Die Zahl der Fälle stieg um 5. Das meldet das Institut.', segments: ['Die Zahl der Fälle stieg um 5.', 'Das meldet das Institut.'] },
    { text: 'Ludwig XIV. baute Versailles. Das Schloss ist heute ein Museum.', segments: ['Ludwig XIV. baute Versailles.', 'Das Schloss ist heute ein Museum.'] },
    { text: 'Die Sitzung am 24.12. fällt aus. Der nächste Termin folgt.', segments: ['Die Sitzung am 24.12. fällt aus.', 'Der nächste Termin folgt.'] },
    { text: 'Der Weltcup beginnt am Sonntag, 5. Nov. Die Favoriten kommen aus Norwegen.', segments: ['Der Weltcup beginnt am Sonntag, 5. Nov.', 'Die Favoriten kommen aus Norwegen.'] },
    { text: 'Der Verein spielt in der 3. Liga. Der Aufstieg ist das Ziel.', segments: ['Der Verein spielt in der 3. Liga.', 'Der Aufstieg ist das Ziel.'] },
    { text: 'Die Wahl ist im September. Am 24. September öffnen die Wahllokale.', segments: ['Die Wahl ist im September.', 'Am 24. September öffnen die Wahllokale.'] },
  ],
};
