/**
 * `npx tsx test/bench/loop-designs.ts [-- --batches 6 --sentences 32 --dtype fp32,q8]`: the two
 * designs of the decoding loop, side by side on the same batches of the bench model (sentences of
 * one token length from the bench corpus, outputs forced to the bench's lengths):
 *   - Lektor's own loop (`greedy-decoder.ts`, `beam-decoder.ts`): JavaScript chooses each step's
 *     tokens from the derived decoder's best tokens and keeps the cache (copied out of ONNX
 *     Runtime at every step, reordered between beams in JavaScript);
 *   - the loop inside ONNX Runtime (`models/marian/ort-generation/`): one `BeamSearch` node runs every step.
 * Greedy and beam 4 each way, the model calls only (no pool, memory or QA). Tokens/s count
 * output tokens; a beam case's batch is `--sentences` / 4 sentences, so that both keep as many
 * rows in a step. Also prints how many sentences each pair translated alike.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AutoTokenizer, type Tensor } from '@huggingface/transformers';
import { markdownTable } from 'markdown-table';
import { EXAMPLE_ARTICLE } from '../../models/generate/bench-model.js';
import { derivedModelsDir, loadMarianParts } from '../../models/marian/marian.js';
import { beamDecoder } from '../../models/marian/beam-decoder.js';
import type { Decoder } from '../../models/marian/decoder.js';
import { greedyDecoder } from '../../models/marian/greedy-decoder.js';
import { generationModelFile } from '../../models/marian/ort-generation/generation-model.js';
import { openOrtDecoder } from '../../models/marian/ort-generation/ort-decoder.js';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { BENCH_CACHE, benchModelDir } from './bench-model-cache.js';
import { syntheticArticles } from './corpus.js';
import { targetLength } from './forced-length.js';
import { ROOT } from './run-case.js';

/** As `loadMarianTranslator` runs beam search. */
const BEAM = { beams: 4, lengthPenalty: 1, repetition: { longest: 4, times: 3 } } as const;
/** The same session settings as `loadMarianTranslator`'s, with ONNX Runtime's warnings kept quiet. */
const SESSION = { extra: { session: { intra_op: { allow_spinning: '0' } } } };

interface Case {
  readonly label: string;
  readonly beams: 1 | 4;
  readonly decoder: Decoder;
}

const { values } = parseArgs({
  options: { batches: { type: 'string', default: '6' }, sentences: { type: 'string', default: '32' }, dtype: { type: 'string', default: 'fp32,q8' } },
});
const modelDir = await benchModelDir(BENCH_CACHE, ['fp32', 'q8'], (dtype) => process.stderr.write(`loop-designs: generating the ${dtype} bench model (once)\n`));
const tokenizer = await AutoTokenizer.from_pretrained(modelDir, { local_files_only: true });
const texts = syntheticArticles(await readFile(EXAMPLE_ARTICLE, 'utf8'), { articles: 200 });
const sentences = texts.flatMap((text) => segmentText(text).flatMap((p) => p.segments.filter((s) => s.translatable).map((s) => s.source.replace(/\s+/g, ' ').trim())));
const byLength = new Map<number, string[]>();
for (const sentence of sentences) {
  const length = tokenizer.encode(sentence).length;
  byLength.set(length, [...(byLength.get(length) ?? []), sentence]);
}
const size = Number(values.sentences);
// The most common lengths, as the pool would cut them: full batches of one length.
const batches = [...byLength.values()]
  .sort((a, b) => b.length - a.length)
  .slice(0, Number(values.batches))
  .map((group) => group.slice(0, size));

const rows: string[][] = [];
for (const dtype of values.dtype.split(',') as ('fp32' | 'q8')[]) {
  const { model } = await loadMarianParts({ id: modelDir, cacheDir: BENCH_CACHE, offline: true, dtype, threads: 0, cwd: ROOT });
  const config = model.config as unknown as { pad_token_id: number; eos_token_id: number };
  const rules = { startId: config.pad_token_id, eosId: config.eos_token_id, suppressIds: [config.pad_token_id] };
  const file = await generationModelFile(modelDir, dtype, derivedModelsDir(BENCH_CACHE));
  const ortGreedy = await openOrtDecoder(file, { ...rules, padId: config.pad_token_id }, { beams: 1, lengthPenalty: 1 }, SESSION);
  const ortBeams = await openOrtDecoder(file, { ...rules, padId: config.pad_token_id }, { beams: 4, lengthPenalty: 1 }, SESSION);
  const cases: Case[] = [
    { label: `greedy, Lektor's loop, ${dtype}`, beams: 1, decoder: greedyDecoder(model, rules) },
    { label: `greedy, inside ONNX Runtime, ${dtype}`, beams: 1, decoder: ortGreedy },
    { label: `beam 4, Lektor's loop, ${dtype}`, beams: 4, decoder: beamDecoder(model, rules, BEAM) },
    { label: `beam 4, inside ONNX Runtime, ${dtype}`, beams: 4, decoder: ortBeams },
  ];
  const totals = cases.map(() => ({ ms: 0, tokens: 0, outputs: [] as number[][] }));
  // Case after case on each batch, so that all share the machine's changing load.
  for (const batch of batches) {
    for (const [i, c] of cases.entries()) {
      const texts = batch.slice(0, c.beams === 1 ? size : Math.max(1, size / c.beams));
      const inputs = tokenizer(texts, { padding: true }) as { input_ids: Tensor; attention_mask: Tensor };
      const lengths = texts.map(() => targetLength((inputs.input_ids.dims[1] ?? 1) - 1));
      const started = performance.now();
      const outputs = (await c.decoder.decode(inputs, { minTokens: lengths, maxTokens: lengths })).map((row) => [...row.tokens]);
      const total = totals[i] as (typeof totals)[number];
      total.ms += performance.now() - started;
      total.tokens += outputs.reduce((n, o) => n + o.length, 0);
      total.outputs.push(...outputs);
    }
  }
  const alike = (a: number, b: number) => {
    const x = totals[a]?.outputs ?? [];
    const y = totals[b]?.outputs ?? [];
    return `${x.filter((o, i) => JSON.stringify(o) === JSON.stringify(y[i])).length}/${x.length}`;
  };
  const speed = (i: number) => ((totals[i]?.tokens ?? 0) / (totals[i]?.ms ?? 1)) * 1000;
  for (const [i, c] of cases.entries()) {
    const same = i % 2 === 1 ? alike(i - 1, i) : '';
    rows.push([c.label, String(totals[i]?.tokens), (speed(i)).toFixed(1), i % 2 === 1 ? `${(speed(i) / speed(i - 1)).toFixed(2)}x` : '', same]);
  }
  await Promise.all([ortGreedy.dispose(), ortBeams.dispose(), model.dispose()]);
}
console.log(`## Loop designs (${batches.length} batches of ${size} sentences for greedy, ${size / 4} for beam 4; outputs forced to 1.2x source tokens)\n`);
console.log(markdownTable([['case', 'target tokens', 'tokens/s', 'vs Lektor\'s loop', 'same output'], ...rows], { align: ['l', 'r', 'r', 'r', 'r'] }));
