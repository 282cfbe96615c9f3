import { fragment, type create } from 'xmlbuilder2';
import type { InlineNode } from './inline-tree.js';

/** An element being built with xmlbuilder2, as the XML writers pass them around. */
export type XMLBuilder = ReturnType<typeof create>;

const SLOT = 'lektor-inline';
// A slot can only come from here: article text is escaped, so `<` never reaches the file raw.
const SLOT_PATTERN = new RegExp(`>\\s*<${SLOT} n="(\\d+)"/>\\s*<`, 'g');

/**
 * Text with inline codes inside a pretty-printed XML file. xmlbuilder2 indents every element with
 * mixed content, which would put whitespace into the sentence (`xml:space="preserve"` makes it
 * part of the text); so such content is serialized on its own, unindented, and spliced into the
 * pretty-printed file where a slot element stands. Text without codes is written as before.
 */
export class MixedContent {
  readonly #parts: string[] = [];

  /** `wrapped`: `write` puts an element around the nodes, which makes even text alone mixed content. */
  add(parent: XMLBuilder, nodes: readonly InlineNode[], write: (into: XMLBuilder, nodes: readonly InlineNode[]) => void, wrapped = false): void {
    if (!wrapped && nodes.every((n) => n.kind === 'text')) {
      write(parent, nodes);
      return;
    }
    const inline = fragment();
    write(inline, nodes);
    parent.ele(SLOT, { n: String(this.#parts.push(inline.end()) - 1) });
  }

  /** The serialized file with every slot replaced by its content. */
  splice(xml: string): string {
    return xml.replace(SLOT_PATTERN, (_match, n: string) => `>${this.#parts[Number(n)] ?? ''}<`);
  }
}
