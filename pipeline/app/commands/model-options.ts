import { Option, type Command } from 'commander';
import { DTYPES, type Dtype } from '../../../models/model-settings.js';
import { defaultConfig } from '../../config.js';

/** The flags `addModelOptions` defines, as commander hands them over. */
export interface ModelFlags {
  model?: string;
  hub?: string;
  offline?: boolean;
  dtype?: Dtype;
  batchSize?: number;
  batchTokens?: number;
  threads?: number;
  beams?: number;
}

/** How `--hub` is described wherever a command takes it. */
export const HUB_HELP = 'Hugging Face hub or mirror to download models from (default: $HF_ENDPOINT, else https://huggingface.co)';

/** The options of every command that runs the model, so they read and behave alike. */
export function addModelOptions(command: Command): Command {
  const defaults = defaultConfig();
  return command
    .option('-m, --model <id|dir>', `hub model id or local model directory (default: ${defaults.model.id})`)
    .option('--hub <url>', HUB_HELP)
    .option('--offline', 'never reach the network (also LEKTOR_OFFLINE=1)')
    .addOption(new Option('--dtype <dtype>', 'weight precision').choices(DTYPES))
    .option('--batch-size <n>', `sentences per model call, with --batch-tokens the most (default: ${defaults.translate.batchSize})`, Number)
    .option('--batch-tokens <n>', `fill each model call up to n padded input tokens, 0 = by --batch-size alone (default: ${defaults.translate.batchTokens})`, Number)
    .option('--threads <n>', `ONNX Runtime threads, 0 = automatic (default: ${defaults.model.threads})`, Number)
    .option('--beams <n>', `beam search width, 1 = greedy (default: ${defaults.model.beams})`, Number);
}
