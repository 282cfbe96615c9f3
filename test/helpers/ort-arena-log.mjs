// Run by a test as another process, since ONNX Runtime takes its log level once per process:
// with that log at "info", which names every memory arena a session creates and every time one
// grows, either translates with Lektor's Marian translator from model argv[3] (argv[2] "lektor"),
// greedy (in Lektor's loop and in ONNX Runtime's) and with beams, fp32 and q8, in batches of
// several shapes, or runs argv[3]'s encoder in a session of ONNX Runtime's default options
// (argv[2] "default").
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import ort from 'onnxruntime-node';
import { loadMarianTranslator } from '../../dist/models/marian/marian.js';

// transformers.js sets ONNX Runtime's level from its own, which Lektor sets to errors only.
Object.defineProperty(ort.env, 'logLevel', { get: () => 'info', set: () => undefined, configurable: true });

const [mode, dir] = process.argv.slice(2);
if (mode === 'default') {
  const session = await ort.InferenceSession.create(path.join(dir, 'onnx', 'encoder_model.onnx'));
  const ids = new ort.Tensor('int64', BigInt64Array.from([5n, 6n, 0n]), [1, 3]);
  await session.run({ input_ids: ids, attention_mask: new ort.Tensor('int64', BigInt64Array.from([1n, 1n, 1n]), [1, 3]) });
  await session.release();
} else {
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'lektor-arena-cache-'));
  const short = 'Der Verdacht: Mögliche Spionage.';
  const long = 'Der belgische Geheimdienst hat einem Medienbericht zufolge das wichtigste europäische Logistik-Drehkreuz überwacht.';
  for (const dtype of ['fp32', 'q8']) {
    for (const decoding of [{ beams: 1 }, { beams: 4 }, { greedyLoop: 'onnx-runtime' }]) {
      const translator = await loadMarianTranslator({ id: dir, cacheDir, offline: true, dtype, threads: 1, cwd: dir, ...decoding });
      await translator.translate([short]);
      await translator.translate([long, short, long]);
      await translator.dispose();
    }
  }
  await rm(cacheDir, { recursive: true, force: true });
}
process.stdout.write('done\n');
