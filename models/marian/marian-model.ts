import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MarianMTModel, type PretrainedConfig, type PreTrainedModel } from '@huggingface/transformers';
import ort from 'onnxruntime-node';
import { onnxFiles } from '../model-source.js';
import type { Dtype } from '../model-settings.js';

/**
 * The Marian model in `dir` for a dtype, as transformers.js's `from_pretrained` would make it, but
 * with the encoder and merged decoder opened by ONNX Runtime from their paths. Up to 4.3.2,
 * transformers.js's local-file response streams every file it locates into memory whether its body
 * is read or not, so each ONNX file was held a second time in JavaScript while ONNX Runtime read it
 * (300–400 MB for fp32 opus-mt). Patching the installed copy does not reach a global install.
 */
export async function openMarianModel(
  dir: string,
  dtype: Dtype,
  config: PretrainedConfig,
  options: ort.InferenceSession.SessionOptions,
): Promise<PreTrainedModel> {
  const generation: unknown = JSON.parse(await readFile(path.join(dir, 'generation_config.json'), 'utf8'));
  // Severity 3 (errors only), as transformers.js opened them under Lektor's log level: the
  // optimiser's notes about unused weights are no concern of Lektor's users.
  const opened = await Promise.allSettled(onnxFiles(dtype).map((file) => ort.InferenceSession.create(path.join(dir, file), { logSeverityLevel: 3, ...options })));
  const sessions = opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = opened.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(sessions.map((session) => session.release()));
    throw failed.reason;
  }
  const [model, decoder] = sessions;
  return new MarianMTModel(config, { model, decoder_model_merged: decoder }, { generation_config: generation });
}
