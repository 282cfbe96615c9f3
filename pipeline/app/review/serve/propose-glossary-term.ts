import { HttpError } from '../../http/http-error.js';
import { readArticleRecord } from '../article-record.js';
import { proposeTerm, type TermProposal } from '../propose-term.js';
import { NO_GLOSSARY } from './editor-pages.js';
import { runGlossaryFiles } from './glossary-files.js';
import type { ServeContext } from './serve-context.js';

/** What a proposal sends: the German and English the reviewer selected, and which file of a stack takes them. */
export interface GlossaryTermRequest extends TermProposal {
  /** One of the run's glossary files, as the page names them; absent: the last (the one that wins). */
  readonly file?: string;
}

export const TERM_PROPOSAL_FIELDS = ['source', 'target'] as const satisfies readonly (keyof GlossaryTermRequest)[];
export const TERM_PROPOSAL_OPTIONAL_FIELDS = ['file'] as const satisfies readonly (keyof GlossaryTermRequest)[];

/** Appends the German and English a reviewer selected, as proposed, to a file of the glossary the article's run used. */
export async function proposeGlossaryTerm(ctx: ServeContext, name: string, { source, target, file }: GlossaryTermRequest) {
  return ctx.exclusive(async () => {
    const record = await readArticleRecord(ctx.outDir, name);
    const files = runGlossaryFiles(record);
    if (files.length === 0) throw new HttpError(409, `Add to glossary is off: ${NO_GLOSSARY}`);
    // By default the last file: the one that wins, usually the most specific list.
    const chosen = file === undefined ? files.at(-1) : files.findLast((f) => f.name === file);
    if (!chosen) throw new HttpError(400, `“${file}” is not a glossary file of this article’s run; choose one of ${files.map((f) => f.name).join(', ')}`);
    const entry = await proposeTerm(chosen.path, { source, target });
    return { entry, message: `Added “${entry.source}” → “${entry.target}” to ${chosen.name} as proposed` };
  });
}
