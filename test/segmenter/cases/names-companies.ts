import type { CaseGroup } from './case.js';

export const namesAndCompanies: CaseGroup = {
  rule: 'initials and company names',
  cases: [
    { text: 'Der Justizminister Vincent V. Quickenborne äußerte sich. Er sprach von Naivität.', segments: ['Der Justizminister Vincent V. Quickenborne äußerte sich.', 'Er sprach von Naivität.'] },
    { text: 'John F. Kennedy besuchte 1963 Berlin. Seine Rede ist berühmt.', segments: ['John F. Kennedy besuchte 1963 Berlin.', 'Seine Rede ist berühmt.'] },
    { text: 'Die Briefe von J. R. R. Tolkien wurden versteigert. Der Erlös geht an eine Stiftung.', segments: ['Die Briefe von J. R. R. Tolkien wurden versteigert.', 'Der Erlös geht an eine Stiftung.'] },
    { text: 'Die Alibaba Group Holding Ltd. teilte mit, sie kooperiere. Die Aktie fiel.', segments: ['Die Alibaba Group Holding Ltd. teilte mit, sie kooperiere.', 'Die Aktie fiel.'] },
    { text: 'Die Logistiktochter gehört zur Alibaba Group Holding Ltd. Sie ist in Hongkong notiert.', segments: ['Die Logistiktochter gehört zur Alibaba Group Holding Ltd.', 'Sie ist in Hongkong notiert.'] },
    { text: 'Der Umsatz von Apple Inc. stieg deutlich. Die Aktie legte zu.', segments: ['Der Umsatz von Apple Inc. stieg deutlich.', 'Die Aktie legte zu.'] },
    { text: 'Die Muster GmbH meldete Insolvenz an. Betroffen sind 200 Beschäftigte.', segments: ['Die Muster GmbH meldete Insolvenz an.', 'Betroffen sind 200 Beschäftigte.'] },
    { text: 'Den Auftrag erhielt die Muster GmbH. Die Konkurrenz ging leer aus.', segments: ['Den Auftrag erhielt die Muster GmbH.', 'Die Konkurrenz ging leer aus.'] },
    { text: 'Die Firma heißt Müller & Co. KG und sitzt in Köln. Sie beschäftigt 50 Menschen.', segments: ['Die Firma heißt Müller & Co. KG und sitzt in Köln.', 'Sie beschäftigt 50 Menschen.'] },
    { text: 'Die Klage richtet sich gegen die U.S. Steel Corp. Der Prozess beginnt im Mai.', segments: ['Die Klage richtet sich gegen die U.S. Steel Corp.', 'Der Prozess beginnt im Mai.'] },
    { text: 'Papst Benedikt XVI. trat 2013 zurück. Sein Nachfolger ist Franziskus.', segments: ['Papst Benedikt XVI. trat 2013 zurück.', 'Sein Nachfolger ist Franziskus.'] },
  ],
};
