import type { CommandModule } from './command.js';
import { addReviewImport } from './review-import.js';
import { addReviewServe } from './review-serve.js';
import { addReviewStats } from './review-stats.js';

/** `lektor review`: what people did with the machine's translations. */
const command: CommandModule = (program, io, exitWith) => {
  const review = program.command('review').description('work with the reviews of translated articles');
  addReviewStats(review, io, exitWith);
  addReviewImport(review, io, exitWith);
  addReviewServe(review, io, exitWith);
};

export default command;
