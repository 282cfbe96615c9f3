import { parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;
type TextNode = DefaultTreeAdapterTypes.TextNode;

/** Elements whose text is code or data, not prose. */
const NOT_PROSE = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'template']);

function proseNodes(node: Node, found: TextNode[]): TextNode[] {
  if (node.nodeName === '#text') {
    const text = node as TextNode;
    if (/\p{L}/u.test(text.value)) found.push(text);
    return found;
  }
  if ('tagName' in node && (NOT_PROSE.has(node.tagName) || node.attrs.some((a) => a.name === 'translate' && a.value.toLowerCase() === 'no'))) return found;
  if ('childNodes' in node) for (const child of node.childNodes) proseNodes(child, found);
  return found;
}

/**
 * Translates the text of an HTML fragment and keeps its markup: every run of text between tags
 * goes to `translate` as a text of its own (entities decoded, and escaped again afterwards), except
 * in code, scripts, styles and elements marked `translate="no"`. A sentence that inline markup
 * (`<b>`, `<a>`) cuts is translated in its pieces.
 */
export async function translateHtml(html: string, translate: (text: string) => Promise<string>): Promise<string> {
  const fragment = parseFragment(html);
  const texts = proseNodes(fragment, []);
  const translated = await Promise.all(texts.map((node) => translate(node.value)));
  texts.forEach((node, i) => (node.value = translated[i] ?? node.value));
  return serialize(fragment);
}
