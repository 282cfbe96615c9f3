import type { CommandModule } from './command.js';
import translate from './translate.js';
import tm from './tm.js';
import models from './models.js';
import segment from './segment.js';
import evaluate from './eval.js';
import glossary from './glossary.js';
import review from './review.js';
import queue from './queue.js';
import worker from './worker.js';
import serve from './serve.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CommandModule[] = [translate, serve, tm, models, segment, evaluate, glossary, review, queue, worker];
