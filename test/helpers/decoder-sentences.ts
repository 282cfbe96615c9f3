/** Sentences the decoding-loop tests translate: of several lengths, so a batch of them is padded. */
export const DECODER_SENTENCES = [
  'Der Verdacht: Mögliche Spionage.',
  'Der belgische Geheimdienst hat das Logistikzentrum überwacht.',
  'Belgische Sicherheitsbehörden haben laut "Financial Times" das europäische Logistik-Drehkreuz des chinesischen Online-Händlers Alibaba ins Visier genommen.',
  'Lüttich',
];

/** A small random model (`writeBenchModel`'s `dims`): random weights never choose `</s>` on their own, so outputs run to their limits. */
export const RANDOM_DIMS = { dModel: 32, heads: 4, ffnDim: 64, encoderLayers: 2, decoderLayers: 2, vocabSize: 600, maxPositions: 256 };
