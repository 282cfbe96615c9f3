import path from 'node:path';
import { readArticleRecord } from '../article-record.js';
import { proposeTerm, type TermProposal } from '../propose-term.js';
import { NO_GLOSSARY } from './editor-pages.js';
import { HttpError } from './http-error.js';
import { json, type Reply } from './reply.js';
import type { ServeContext } from './serve-context.js';

function proposalOf(body: unknown): TermProposal {
  const { source, target } = (body ?? {}) as { source?: unknown; target?: unknown };
  if (typeof source !== 'string' || typeof target !== 'string') throw new HttpError(400, 'send { "source": "…", "target": "…" }');
  return { source, target };
}

/** Appends the German and English a reviewer selected to the glossary the article's run used, as proposed. */
export async function proposeGlossaryTerm(ctx: ServeContext, name: string, body: unknown): Promise<Reply> {
  const proposal = proposalOf(body);
  return ctx.exclusive(async () => {
    const { glossary } = await readArticleRecord(ctx.outDir, name);
    if (!glossary) throw new HttpError(409, `Add to glossary is off: ${NO_GLOSSARY}`);
    const entry = await proposeTerm(glossary.path, proposal);
    return json(200, { entry, message: `Added “${entry.source}” → “${entry.target}” to ${path.basename(glossary.path)} as proposed` });
  });
}
