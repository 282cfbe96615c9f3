import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../output/index.js';
import { readReviewedFile } from '../../output/read-reviewed.js';
import { segmentsOf } from '../../pipeline/core/doc.js';
import { segmentVersion } from '../../pipeline/core/segment-version.js';
import { HAVE_SCHEMAS, SCHEMAS, SCHEMAS_NOTE, tempFile } from './external-tools.js';
import { RENDER_OPTIONS, reviewDoc } from './review-doc.js';
import { reviewedDoc } from './reviewed-units.js';

const REVIEW_FORMATS = ['xliff', 'xliff2', 'tmx', 'jsonl'] as const;

const versions = (format: (typeof REVIEW_FORMATS)[number], text: string) => readReviewedFile(text, `doc${FORMATS[format].suffix}`).units.map((u) => [u.segment, u.version]);

describe('the version of each sentence in the review formats', () => {
  it.each(REVIEW_FORMATS)('%s carries every sentence’s version, and the reviewed sentence’s new one', (format) => {
    for (const doc of [reviewDoc(), reviewedDoc()]) {
      expect(versions(format, FORMATS[format].render(doc, RENDER_OPTIONS))).toEqual(segmentsOf(doc).map((s) => [s.id, segmentVersion(s)]));
    }
    expect(segmentVersion(segmentsOf(reviewedDoc())[0]!)).not.toBe(segmentVersion(segmentsOf(reviewDoc())[0]!));
  });

  it('are where each format keeps what a tool must carry along: an XLIFF 1.2 context, XLIFF 2 metadata, a TMX prop, a JSONL field', () => {
    const version = segmentVersion(segmentsOf(reviewDoc())[0]!);
    const render = (format: (typeof REVIEW_FORMATS)[number]) => FORMATS[format].render(reviewDoc(), RENDER_OPTIONS);
    expect(render('xliff')).toContain(`</target>\n          <context-group purpose="information">\n            <context context-type="x-lektor-version">${version}</context>\n          </context-group>`);
    expect(render('xliff2')).toContain(`<mda:metadata>\n          <mda:metaGroup category="lektor">\n            <mda:meta type="version">${version}</mda:meta>`);
    expect(render('tmx')).toContain(`<prop type="x-lektor-segment">s0001</prop>\n      <prop type="x-lektor-version">${version}</prop>`);
    expect(render('jsonl').split('\n')[0]).toContain(`"reviewedAt":null,"version":"${version}"`);
  });

  it('a file without versions (written before Lektor kept them) reads without one', () => {
    const old = FORMATS.tmx.render(reviewDoc(), RENDER_OPTIONS).replace(/\s*<prop type="x-lektor-version">\w+<\/prop>/g, '');
    expect(readReviewedFile(old, 'old.tmx').units.every((u) => u.version === undefined)).toBe(true);
  });

  describe.skipIf(!HAVE_SCHEMAS)(`against the schemas and translate-toolkit${SCHEMAS_NOTE}`, () => {
    it('XLIFF 2.1 is valid with the metadata module checked too', async () => {
      const modules = [
        ['urn:oasis:names:tc:xliff:document:2.0', 'xliff_core_2.0.xsd'],
        ['urn:oasis:names:tc:xliff:glossary:2.0', 'glossary.xsd'],
        ['urn:oasis:names:tc:xliff:metadata:2.0', 'metadata.xsd'],
      ];
      const imports = modules.map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${path.join(SCHEMAS, 'xliff21', file!)}"/>`);
      const driver = await tempFile('driver.xsd', `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xs:schema>`);
      const file = await tempFile('doc.xliff2.xlf', FORMATS.xliff2.render(reviewedDoc(), RENDER_OPTIONS));
      const lint = spawnSync('xmllint', ['--noout', '--nonet', '--schema', driver, file], { encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') } });
      expect(lint.stderr).toContain('validates');
      expect(lint.status).toBe(0);
    });

    it.each([
      ['xliff', 'from translate.storage import xliff as kind\nstore = kind.xlifffile.parsefile(sys.argv[1])\nunit = [u for u in store.units if u.getid().endswith("s0005")][0]'],
      ['tmx', 'from translate.storage import tmx as kind\nstore = kind.tmxfile.parsefile(sys.argv[1])\nunit = store.units[4]'],
    ] as const)('%s keeps the versions when translate-toolkit changes a target', async (format, find) => {
      const file = await tempFile(`doc${FORMATS[format].suffix}`, FORMATS[format].render(reviewDoc(), RENDER_OPTIONS));
      execFileSync('/usr/bin/python3', ['-c', `import sys\n${find}\nunit.target = "The times of naïveté are over."\nopen(sys.argv[1], "wb").write(bytes(store))`, file]);
      const units = readReviewedFile(await readFile(file, 'utf8'), file).units;
      expect(units.find((u) => u.segment === 's0005')?.target).toBe('The times of naïveté are over.');
      expect(units.map((u) => [u.segment, u.version])).toEqual(segmentsOf(reviewDoc()).map((s) => [s.id, segmentVersion(s)]));
    });
  });
});
