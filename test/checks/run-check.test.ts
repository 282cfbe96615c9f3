import { describe, expect, it } from 'vitest';
import { inScope, runCheck } from '../../pipeline/checks/run-check.js';
import type { Check } from '../../pipeline/checks/check.js';
import { segmentsOf, type Segment } from '../../pipeline/core/doc.js';
import { makeDoc } from '../helpers/make-doc.js';

const doc = makeDoc([
  { segments: [{ source: 'Der Verdacht.', target: 'The suspicion.', origin: 'model' }, { source: '12:07', target: '12:07', origin: 'copy' }] },
  { segments: [{ source: 'Spionage.', target: '', origin: 'model' }, { source: 'Alibaba.', target: 'Alibaba.', origin: 'copy' }] },
  { segments: [{ source: 'Noch nicht übersetzt.' }, { source: 'Aus dem Speicher.', target: 'From memory.', origin: 'memory' }] },
]);
const segments = segmentsOf(doc);

const ids = (scope: 'translated' | 'translatable') => segments.filter((s) => inScope(s, scope)).map((s) => s.id);

describe('runCheck', () => {
  it('gives checks translated segments only; blank targets only to `translatable` ones', () => {
    expect(ids('translated')).toEqual(['s0001', 's0006']);
    expect(ids('translatable')).toEqual(['s0001', 's0003', 's0006']);
  });

  it('runs prepare once over the segments in scope, then run on each, and collects reports', () => {
    const prepared: string[][] = [];
    const counting = {
      id: 'counting',
      severity: 'info',
      prepare: (scoped: readonly Segment[]) => {
        prepared.push(scoped.map((s) => s.id));
        return scoped.length;
      },
      run(seg, ctx) {
        ctx.report(seg, `${seg.id} of ${ctx.stats}`);
      },
    } satisfies Check<number>;
    expect(runCheck(counting, segments)).toEqual([
      { segmentId: 's0001', message: 's0001 of 2' },
      { segmentId: 's0006', message: 's0006 of 2' },
    ]);
    expect(prepared).toEqual([['s0001', 's0006']]);
  });
});
