import path from 'node:path';
import { HttpError } from '../../http/http-error.js';
import { readArticleRecord } from '../article-record.js';
import { proposeTerm, type TermProposal } from '../propose-term.js';
import { NO_GLOSSARY } from './editor-pages.js';
import type { ServeContext } from './serve-context.js';

/** What a proposal sends: the German and the English the reviewer selected. */
export const TERM_PROPOSAL_FIELDS = ['source', 'target'] as const satisfies readonly (keyof TermProposal)[];

/** Appends the German and English a reviewer selected to the glossary the article's run used, as proposed. */
export async function proposeGlossaryTerm(ctx: ServeContext, name: string, { source, target }: TermProposal) {
  return ctx.exclusive(async () => {
    const { glossary } = await readArticleRecord(ctx.outDir, name);
    if (!glossary) throw new HttpError(409, `Add to glossary is off: ${NO_GLOSSARY}`);
    // In a stack, the last file: the one that wins, usually the most specific list.
    const file = [glossary.path].flat().at(-1)!;
    const entry = await proposeTerm(file, { source, target });
    return { entry, message: `Added “${entry.source}” → “${entry.target}” to ${path.basename(file)} as proposed` };
  });
}
