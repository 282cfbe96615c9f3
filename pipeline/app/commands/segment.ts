import { buffer } from 'node:stream/consumers';
import path from 'node:path';
import { segmentRecords } from '../../segmenter/records.js';
import { segmentText } from '../../segmenter/index.js';
import { decodeArticle } from '../../core/decode-article.js';
import { readArticle } from '../../read/read-article.js';
import { EXIT, type CliIO, type CommandModule } from './command.js';

const STDIN = '-';
/** Line breaks inside a hard-wrapped sentence, so the plain listing keeps one segment per line. */
const LINE_BREAK = /\s*[\n\v\f\r\u0085\u2028\u2029]\s*/gu;

interface SegmentFlags {
  json?: boolean;
}

const command: CommandModule = (program, io, exitWith) => {
  program
    .command('segment')
    .description('split a German article into headings, datelines and sentences, one segment per line')
    .argument('[file]', `article file, or ${STDIN} for standard input (the default)`)
    .option('--json', 'print a JSON array of {text, start, end, paragraph, kind}')
    .addHelpText('after', '\nExamples:\n  lektor segment seeds/alibaba-liege-espionage.de.txt\n  cat article.txt | lektor segment --json\n')
    .action(async (file: string | undefined, flags: SegmentFlags) => {
      const text = await readText(file ?? STDIN, io);
      const records = segmentRecords(segmentText(text));
      io.stdout.write(
        flags.json
          ? `${JSON.stringify(records, null, 2)}\n`
          : records.map((r) => `${r.text.replace(LINE_BREAK, ' ')}\n`).join(''),
      );
      exitWith(EXIT.ok);
    });
};

async function readText(file: string, io: CliIO): Promise<string> {
  if (file !== STDIN) return (await readArticle(path.resolve(io.cwd, file))).text;
  return decodeArticle(await buffer(io.stdin), 'stdin').text;
}

export default command;
