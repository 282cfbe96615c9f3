import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { scalarText } from './entry-text.js';
import { applySplices, type Splice } from './text-splice.js';

/** The English an entry should have: a target, or the German kept (`dnt`). */
export type Rendering = { readonly dnt: true; readonly headword: string } | { readonly dnt: false; readonly target: string };

/**
 * Gives entry `index` of `terms` a new English by splicing only its `target` and `dnt` values
 * (or swapping one key for the other); the rest of the file stays byte for byte.
 */
export function replaceTarget(raw: string, index: number, rendering: Rendering): string {
  const doc = parseDocument(raw);
  const terms = doc.get('terms', true);
  const entry = isSeq(terms) ? terms.items[index] : undefined;
  if (!isMap(entry)) throw new TypeError(`replaceTarget: terms has no entry ${index}`);
  const target = entry.items.find((p) => keyIs(p, 'target'));
  const dnt = entry.items.find((p) => keyIs(p, 'dnt'));
  const splices = rendering.dnt ? keepGerman(target, dnt, rendering.headword) : setTarget(target, dnt, rendering.target);
  return applySplices(raw, splices.map((s) => withoutLineBreak(raw, s)));
}

/** A block scalar's range takes in its final line break, which the one-line replacement must keep. */
function withoutLineBreak(raw: string, splice: Splice): Splice {
  let end = splice.end;
  while (end > splice.start && (raw[end - 1] === '\n' || raw[end - 1] === '\r')) end--;
  return { ...splice, end };
}

function keyIs(pair: Pair, key: string): boolean {
  return isScalar(pair.key) && pair.key.value === key;
}

function keepGerman(target: Pair | undefined, dnt: Pair | undefined, headword: string): Splice[] {
  if (dnt) return [setValue(dnt, true), ...(target ? [setValue(target, headword)] : [])];
  return target ? [setPair(target, 'dnt', true)] : [];
}

function setTarget(target: Pair | undefined, dnt: Pair | undefined, english: string): Splice[] {
  if (target) return [setValue(target, english), ...(dnt ? [setValue(dnt, false)] : [])];
  return dnt ? [setPair(dnt, 'target', english)] : [];
}

function setValue(pair: Pair, value: string | boolean): Splice {
  const [start, end] = (pair.value as Node).range!;
  return { start, end, text: scalarText(value) };
}

function setPair(pair: Pair, key: string, value: string | boolean): Splice {
  return { start: (pair.key as Node).range![0], end: (pair.value as Node).range![1], text: `${key}: ${scalarText(value)}` };
}
