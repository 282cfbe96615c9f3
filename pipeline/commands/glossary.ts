import { lintGlossary } from '../../glossary/commands/lint/lint-glossary.js';
import { LINT_FORMATS } from '../../glossary/commands/lint/format-findings.js';
import { readGlossarySource } from '../../glossary/commands/glossary-source.js';
import { EXIT, type CommandModule } from './command.js';

const command: CommandModule = (program, io, exitWith) => {
  const glossary = program
    .command('glossary')
    .description('check, measure, grow and exchange a terminology glossary')
    .addHelpText('after', '\nExamples:\n  lektor glossary lint seeds/glossary.yaml\n');

  glossary
    .command('lint')
    .description('report schema errors and content problems (exit 1 on errors, 0 with warnings only)')
    .argument('<file>', 'glossary file')
    .option('--json', 'print the findings as JSON')
    .action(async (file: string, flags: { json?: boolean }) => {
      const source = await readGlossarySource(file, io.cwd);
      const findings = lintGlossary(source.text, file);
      io.stdout.write(LINT_FORMATS[flags.json ? 'json' : 'text']({ file, findings }));
      exitWith(findings.some((f) => f.severity === 'error') ? EXIT.failed : EXIT.ok);
    });
};

export default command;
