/**
 * Lektor's architecture, checked on every `npm test` (`npm run check-layers`).
 *
 * The layers, bottom to top; an import only ever points down, or sideways within a layer:
 *
 *   pipeline/core/   the contract: the document, errors, byte decoding, atomic writes, XML text,
 *                    mark pieces. Imports nothing of Lektor.
 *   models/          translators (one door, a folder per backend), the hub client. On core.
 *   glossary/        load, match, enforce and verify terms; tools/ for maintenance. On core.
 *   output/          one writer (and reader) per format; the review page. On core, and the
 *                    glossary's types.
 *   pipeline/        read, segmenter, markup, stages, checks, engine, config: the staged
 *                    pipeline and the translation engine that every entry point shares.
 *   pipeline/app/    how people call it: CLI, commands, servers, review, queue, eval. Nothing
 *                    below imports it; `pipeline/index.ts` (the library API) stands beside it.
 *
 * And no import cycles anywhere, type-only imports included: a cycle is a layer that is not one.
 */
const CORE = '^pipeline/core/';
const LEKTOR = '^(pipeline|models|glossary|output)/';
const APP = '^pipeline/(app/|index[.]ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing',
      comment: 'pipeline/core is the contract every layer builds on: it imports nothing of Lektor.',
      severity: 'error',
      from: { path: CORE },
      to: { path: LEKTOR, pathNot: CORE },
    },
    {
      name: 'models-on-core',
      comment: 'models/ builds only on pipeline/core: a translator knows nothing of glossaries, formats or the pipeline.',
      severity: 'error',
      from: { path: '^models/' },
      to: { path: LEKTOR, pathNot: [CORE, '^models/'] },
    },
    {
      name: 'glossary-on-core',
      comment: 'glossary/ builds only on pipeline/core: what runs the pipeline over articles belongs to the app.',
      severity: 'error',
      from: { path: '^glossary/' },
      to: { path: LEKTOR, pathNot: [CORE, '^glossary/'] },
    },
    {
      name: 'output-on-core',
      comment: "output/ builds on pipeline/core, and takes only types from the glossary.",
      severity: 'error',
      from: { path: '^output/' },
      to: { path: LEKTOR, pathNot: [CORE, '^output/', '^glossary/'] },
    },
    {
      name: 'output-takes-glossary-types-only',
      comment: 'A writer renders what the pipeline found; it never runs glossary code itself.',
      severity: 'error',
      from: { path: '^output/' },
      to: { path: '^glossary/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'nothing-below-imports-the-app',
      comment: 'The pipeline and engine serve every entry point; only the app (and the library API) may import the app.',
      severity: 'error',
      from: { path: LEKTOR, pathNot: APP },
      to: { path: APP },
    },
    {
      name: 'no-cycles',
      comment: 'Import cycles, type-only ones included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // Type-only imports count: they are part of a layer's knowledge of another.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
