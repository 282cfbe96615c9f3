import type { CaseGroup } from './case.js';

export const punctuation: CaseGroup = {
  rule: 'question marks, exclamation marks and ellipses',
  cases: [
    { text: 'Ist das Spionage? Die Behörden prüfen den Verdacht.', segments: ['Ist das Spionage?', 'Die Behörden prüfen den Verdacht.'] },
    { text: 'Was für ein Erfolg! Die Mannschaft feierte bis in die Nacht.', segments: ['Was für ein Erfolg!', 'Die Mannschaft feierte bis in die Nacht.'] },
    { text: 'Wirklich?! Die Zahlen überraschen selbst Experten.', segments: ['Wirklich?!', 'Die Zahlen überraschen selbst Experten.'] },
    { text: 'Wer zahlt? Wer haftet? Diese Fragen sind offen.', segments: ['Wer zahlt?', 'Wer haftet?', 'Diese Fragen sind offen.'] },
    { text: 'Die Firma (Umsatzplus: 300 Prozent!) expandiert weiter. Konkurrenten staunen.', segments: ['Die Firma (Umsatzplus: 300 Prozent!) expandiert weiter.', 'Konkurrenten staunen.'] },
    { text: 'Der Minister (!) hat das selbst gesagt. Die Opposition ist empört.', segments: ['Der Minister (!) hat das selbst gesagt.', 'Die Opposition ist empört.'] },
    { text: 'Die Frage (wer zahlt?) bleibt offen. Die Politik streitet.', segments: ['Die Frage (wer zahlt?) bleibt offen.', 'Die Politik streitet.'] },
    { text: 'Die Firma wächst. (Ob das so bleibt? Niemand weiß es.) Die Aktie steigt.', segments: ['Die Firma wächst.', '(Ob das so bleibt?', 'Niemand weiß es.)', 'Die Aktie steigt.'] },
    { text: 'Er zögerte ... dann unterschrieb er. Der Vertrag ist gültig.', segments: ['Er zögerte ... dann unterschrieb er.', 'Der Vertrag ist gültig.'] },
    { text: 'Er zögerte… Dann unterschrieb er doch.', segments: ['Er zögerte…', 'Dann unterschrieb er doch.'] },
    { text: 'Es war einmal ... Die Geschichte ist lang.', segments: ['Es war einmal ...', 'Die Geschichte ist lang.'] },
    { text: 'Der Text lautet: „Wir werden (...) alles tun.“ Das reicht den Kritikern nicht.', segments: ['Der Text lautet: „Wir werden (...) alles tun.“', 'Das reicht den Kritikern nicht.'] },
    { text: 'Die Bilanz […] ist ernüchternd. Das Management reagiert.', segments: ['Die Bilanz […] ist ernüchternd.', 'Das Management reagiert.'] },
    { text: 'Die Umsätze fielen um 20 Prozent … und das im Weihnachtsgeschäft. Händler sind alarmiert.', segments: ['Die Umsätze fielen um 20 Prozent … und das im Weihnachtsgeschäft.', 'Händler sind alarmiert.'] },
    { text: 'Der Hersteller verlangt für das Ladekabel 79(!) Euro. Kunden beschweren sich.', segments: ['Der Hersteller verlangt für das Ladekabel 79(!) Euro.', 'Kunden beschweren sich.'] },
    { text: 'Die Firma zahlte ihrem Chef (angeblich!) 12 Mio. Euro Abfindung. Der Aufsichtsrat schweigt.', segments: ['Die Firma zahlte ihrem Chef (angeblich!) 12 Mio. Euro Abfindung.', 'Der Aufsichtsrat schweigt.'] },
    { text: 'Der Angreifer soll einen Schlagstock(?) Marke Eigenbau benutzt haben. Zeugen widersprechen.', segments: ['Der Angreifer soll einen Schlagstock(?) Marke Eigenbau benutzt haben.', 'Zeugen widersprechen.'] },
    { text: 'Ein Leser schrieb uns: „Das ist ein(!) Skandal.“ Wir haben nachgefragt.', segments: ['Ein Leser schrieb uns: „Das ist ein(!) Skandal.“', 'Wir haben nachgefragt.'] },
    { text: 'Im Protokoll heißt es „Bundeskanzlerin“ [sic!] Merz. Das Amt spricht von einem Tippfehler.', segments: ['Im Protokoll heißt es „Bundeskanzlerin“ [sic!] Merz.', 'Das Amt spricht von einem Tippfehler.'] },
    { text: 'Die Aktie stieg um 8 Prozent. (Warum eigentlich?) Analysten rätseln.', segments: ['Die Aktie stieg um 8 Prozent.', '(Warum eigentlich?)', 'Analysten rätseln.'] },
  ],
};
