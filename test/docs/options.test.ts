import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, type CliIO } from '../../pipeline/app/cli.js';
import { readDocPage, sectionText, type DocPage } from '../helpers/doc-pages.js';
import { repoRoot } from '../helpers/run-cli.js';

/** Where each command's options are documented: the page, and the sections of it that are its reference. */
const REFERENCE: Readonly<Record<string, { readonly page: string; readonly sections: readonly string[] }>> = {
  translate: { page: 'docs/translating.md', sections: ['Options of lektor translate'] },
  segment: { page: 'docs/translating.md', sections: ['Segmenting: lektor segment'] },
  'tm stats': { page: 'docs/translating.md', sections: ['lektor tm'] },
  'tm export': { page: 'docs/translating.md', sections: ['lektor tm'] },
  'tm search': { page: 'docs/translating.md', sections: ['lektor tm'] },
  'tm clear': { page: 'docs/translating.md', sections: ['lektor tm'] },
  serve: { page: 'docs/service.md', sections: ['Options of lektor serve'] },
  'models pull': { page: 'docs/models.md', sections: ['Downloading a model'] },
  'models list': { page: 'docs/models.md', sections: ['Downloading a model', 'The cache and lektor models list'] },
  eval: { page: 'docs/glossary.md', sections: ['Comparing strategies: lektor eval'] },
  'glossary lint': { page: 'docs/glossary.md', sections: ['Maintenance: lektor glossary'] },
  'glossary check': { page: 'docs/glossary.md', sections: ['Maintenance: lektor glossary'] },
  'glossary extract': { page: 'docs/glossary.md', sections: ['Maintenance: lektor glossary'] },
  'glossary suggest': { page: 'docs/glossary.md', sections: ['Maintenance: lektor glossary'] },
  'glossary add': { page: 'docs/glossary.md', sections: ['Maintenance: lektor glossary'] },
  'glossary import': { page: 'docs/glossary.md', sections: ['Maintenance: lektor glossary'] },
  'glossary export': { page: 'docs/glossary.md', sections: ['Maintenance: lektor glossary'] },
  'review serve': { page: 'docs/reviewing.md', sections: ['The editor: lektor review serve'] },
  'review import': { page: 'docs/reviewing.md', sections: ['Corrections from CAT tools: lektor review import'] },
  'review stats': { page: 'docs/reviewing.md', sections: ['Post-editing effort: lektor review stats'] },
  'queue add': { page: 'docs/several-machines.md', sections: ['queue add'] },
  'queue status': { page: 'docs/several-machines.md', sections: ['The commands', 'queue status'] },
  'queue collect': { page: 'docs/several-machines.md', sections: ['The commands', 'queue collect'] },
  worker: { page: 'docs/several-machines.md', sections: ['worker'] },
};

const silent = { write: () => true };
const io: CliIO = { stdout: silent, stderr: silent, stdin: process.stdin, env: {}, cwd: repoRoot };

interface CommandOptions {
  /** `translate`, `review import`… */
  readonly name: string;
  readonly longFlags: readonly string[];
}

/** Every command that runs (not a group of subcommands), with the long flags it defines; help and version are commander's. */
function runnableCommands(command: Command, prefix: readonly string[] = []): CommandOptions[] {
  return command.commands.flatMap((sub) => {
    const names = [...prefix, sub.name()];
    if (sub.commands.length > 0) return runnableCommands(sub, names);
    return [{ name: names.join(' '), longFlags: sub.options.filter((o) => !o.hidden && o.long !== undefined).map((o) => o.long as string) }];
  });
}

/** Whether the text names the flag: `--memory`, but not as the start of `--memory-file`. */
function mentions(text: string, flag: string): boolean {
  return new RegExp(`${flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text);
}

const commands = runnableCommands(buildProgram(io, () => {}));
const pages = new Map<string, DocPage>();
function reference(name: string): string {
  const { page, sections } = REFERENCE[name] as (typeof REFERENCE)[string];
  if (!pages.has(page)) pages.set(page, readDocPage(page));
  return sections.map((title) => sectionText(pages.get(page) as DocPage, title)).join('\n');
}

describe("the docs' reference of every command's options", () => {
  it('has a reference for every command, and no entry for a command that is gone', () => {
    const names = commands.map((c) => c.name);
    expect(names.filter((n) => !Object.hasOwn(REFERENCE, n)), 'commands without a REFERENCE entry').toEqual([]);
    expect(Object.keys(REFERENCE).filter((n) => !names.includes(n)), 'REFERENCE entries without a command').toEqual([]);
  });

  it("reads the program's own definitions", () => {
    expect(commands.find((c) => c.name === 'translate')?.longFlags).toEqual(expect.arrayContaining(['--glossary', '--format', '--memory', '--no-memory']));
    expect(commands.find((c) => c.name === 'glossary add')?.longFlags).toEqual(['--source', '--target', '--dnt', '--note', '--status']);
  });

  it.each(commands.map((c) => [c.name, c] as const))('lektor %s: its reference names every long flag', (name, command) => {
    const text = reference(name);
    const missing = command.longFlags.filter((flag) => !mentions(text, flag));
    const { page, sections } = REFERENCE[name] as (typeof REFERENCE)[string];
    expect(missing, `options of lektor ${name} missing from ${page} (${sections.join(', ')})`).toEqual([]);
  });
});
