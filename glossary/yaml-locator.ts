import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A path into the parsed data: mapping keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

export interface LinePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where a value sits in the YAML text, as close as the path gets. A path that ends in a
 * mapping key points at the key, not the value: `target:` with no value has no text of its own,
 * and editors expect the cursor on the line that names the field.
 */
export function locate(doc: Document, lineCounter: LineCounter, path: DataPath): LinePosition {
  let node: unknown = doc.contents;
  let mark: Node | undefined = isNode(node) ? node : undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step));
      if (!pair) break;
      if (isNode(pair.key)) mark = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(step)];
      if (!isNode(node)) break;
      mark = node;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(mark?.range?.[0] ?? 0);
  return { line, column: col };
}

/** ajv's `instancePath` (`/terms/3/target`) as a path. */
export function pointerPath(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
