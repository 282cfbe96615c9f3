import { InputError } from '../../core/errors.js';

const LF = 0x0a;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The lines of a byte stream as they arrive (without their `\n` or `\r\n`), each decoded as
 * strict UTF-8: a line is handed on as soon as its end has been read, so a pipe that pauses gets
 * its answers for what it has sent so far. A LF byte never occurs inside a UTF-8 character, so
 * lines are cut before decoding and a bad byte is reported with its line.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let partial = Buffer.alloc(0);
  let line = 0;
  const decode = (bytes: Buffer): string => {
    line++;
    const unmarked = line === 1 && bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes;
    try {
      return decoder.decode(unmarked).replace(/\r$/, '');
    } catch (cause) {
      throw new InputError({ file: name, line }, 'invalid UTF-8, expected UTF-8 text', { cause });
    }
  };
  for await (const chunk of chunks) {
    partial = Buffer.concat([partial, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    let end = partial.indexOf(LF);
    while (end !== -1) {
      yield decode(partial.subarray(0, end));
      partial = partial.subarray(end + 1);
      end = partial.indexOf(LF);
    }
  }
  if (partial.length > 0) yield decode(partial);
}
