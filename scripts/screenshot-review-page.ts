/**
 * `npm run screenshot`: the picture of the review page in the README (`docs/review-page.png`), and
 * those of the triage view and of the editor's completion in docs/reviewing.md.
 *
 * Translates the example article with its glossary on the project's generated tiny model (a
 * word-for-word lookup model, so no download and no network), writes the HTML review page, opens
 * it in Debian's Chromium through playwright-core at a desktop width and saves one viewport as a
 * PNG. The English in the picture is the lookup model's, not the real model's: the README's
 * caption says so.
 *
 *   npm run screenshot                         # → docs/review-page.png, docs/review-page-by-confidence.png, docs/review-page-completion.png
 *   npm run screenshot -- /tmp/review.png      # the first somewhere else
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { main } from '../pipeline/app/cli.js';
import { startReviewServer } from '../pipeline/app/review/serve/review-server.js';
import { writeTinyModel } from '../models/generate/tiny-model.js';
import { tinyModelDir } from '../test/helpers/tiny-model.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Options of {@link screenshotReviewPage}; each has a default. */
export interface ScreenshotOptions {
  /** PNG file to write. @default `docs/review-page.png` in the repository */
  readonly out?: string;
  /** Viewport width in CSS pixels: a desktop browser's. @default 1280 */
  readonly width?: number;
  /** Viewport height in CSS pixels; only this much of the page is captured. @default 800 */
  readonly height?: number;
  /** The Chromium binary. @default `/usr/bin/chromium` (Debian's, as the tests use it) */
  readonly chromiumPath?: string;
  /** Press *Least confident first* before the picture: the triage view a reviewer starts from. @default false */
  readonly sortByConfidence?: boolean;
  /**
   * German words the generated model is made unsure of (`TinyModelOptions.doubts`), so the
   * picture shows low confidence where it was planted: the lookup model is otherwise sure of every word.
   * @default {}
   */
  readonly doubts?: Readonly<Record<string, number>>;
  /**
   * Serve the folder as `lektor review serve` does, open this sentence's editor, type the start of
   * its English (`COMPLETION_PREFIX`) and show the model's completion after it.
   * @default undefined
   */
  readonly completion?: string;
}

/** What the completion picture's reviewer types before asking the model for the rest. */
const COMPLETION_PREFIX = 'The Belgian intelligence service has ';

/** The words the confidence picture's model doubts, each with the factor its scores are scaled by. */
const PLANTED_DOUBTS = { Spionageverdacht: 0.1, Frachtflughafen: 0.12, Einmischungsaktivitäten: 0.1, Verbraucher: 0.15 };

/** A tiny model with doubts, in a folder named for them: the page's header shows the folder, and the picture must not change from run to run. */
async function doubtingModel(doubts: Readonly<Record<string, number>>): Promise<string> {
  const dir = join(tmpdir(), `lektor-tiny-model-doubting-${Object.keys(doubts).length}`);
  await rm(dir, { recursive: true, force: true });
  await writeTinyModel(dir, { doubts });
  return dir;
}

/** The date stamped into the page, so the picture only changes when the page does (2023-10-05, the article's date). */
const SOURCE_DATE_EPOCH = '1696500000';

/** Opens the sentence's editor, types `COMPLETION_PREFIX` and asks for the model's completion, as a reviewer does. */
async function showCompletion(tab: Page, segment: string): Promise<void> {
  const row = tab.locator(`#${segment}`);
  await row.locator('td.tgt').click();
  await row.locator('textarea.edit').fill(COMPLETION_PREFIX);
  await tab.keyboard.press('End');
  await tab.keyboard.press('Control+Space');
  await row.locator('.suggestion .ghost').waitFor({ timeout: 30_000 });
  await tab.evaluate(`document.getElementById('${segment}').scrollIntoView({ block: 'center' })`);
}

/**
 * Translates `seeds/` with `seeds/glossary.yaml` on the generated tiny model, renders the
 * review page and screenshots it. Returns the PNG's path. Throws when the translation fails, when
 * a sentence came back without English (an `empty` QA flag), or when Chromium cannot start.
 */
export async function screenshotReviewPage(options: ScreenshotOptions = {}): Promise<string> {
  const out = resolve(options.out ?? join(REPO_ROOT, 'docs', 'review-page.png'));
  const width = options.width ?? 1280;
  const height = options.height ?? 800;
  for (const [name, value] of Object.entries({ width, height })) {
    if (!Number.isInteger(value) || value < 320) {
      throw new TypeError(`screenshotReviewPage: \`${name}\` must be an integer of at least 320, got ${String(value)}`);
    }
  }
  const work = await mkdtemp(join(tmpdir(), 'lektor-screenshot-'));
  try {
    // The tests' copy of the generated model: its folder, named after a hash of the model's
    // bytes, is shown in the page's header, so the picture changes only when the model does.
    const model = options.doubts && Object.keys(options.doubts).length > 0 ? await doubtingModel(options.doubts) : await tinyModelDir();
    const translations = join(work, 'translations');
    const stderr: string[] = [];
    const code = await main(
      ['translate', join(REPO_ROOT, 'seeds'), '--glossary', join(REPO_ROOT, 'seeds', 'glossary.yaml'), '--model', model, '--offline', '--out', translations, '--format', 'html', '--no-memory', '--quiet'],
      {
        stdout: { write: () => true },
        stderr: { write: (chunk: string) => stderr.push(chunk) },
        stdin: process.stdin,
        env: { SOURCE_DATE_EPOCH, LEKTOR_OFFLINE: '1' },
        cwd: REPO_ROOT,
      },
    );
    if (code !== 0) throw new Error(`screenshotReviewPage: lektor translate exited ${code}: ${stderr.join('').trim()}`);
    const page = (await readdir(translations)).find((name) => name.endsWith('.review.html'));
    if (page === undefined) throw new Error(`screenshotReviewPage: no review page in ${translations}`);

    const server = options.completion === undefined ? undefined : await startReviewServer(translations, { port: 0, now: () => new Date(Number(SOURCE_DATE_EPOCH) * 1000) });
    const browser = await chromium.launch({
      executablePath: options.chromiumPath ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
    });
    try {
      const tab = await browser.newPage({ viewport: { width, height }, colorScheme: 'light' });
      if (server) {
        await tab.goto(server.url);
        await tab.goto(new URL(`/${page}`, server.url).href);
      } else {
        await tab.goto(pathToFileURL(join(translations, page)).href);
      }
      // A picture of an empty English column would advertise a bug: refuse it.
      const empty = await tab.$$eval('li.flag code', (codes) => codes.filter((code) => code.textContent === 'empty').length);
      if (empty > 0) throw new Error(`screenshotReviewPage: the model gave no English for ${empty} sentence(s); not saving a picture of that`);
      if (options.sortByConfidence) await tab.click('.toolbar button.sort');
      if (options.completion !== undefined) await showCompletion(tab, options.completion);
      await mkdir(dirname(out), { recursive: true });
      await tab.screenshot({ path: out, type: 'png' });
    } finally {
      await browser.close();
      await server?.close();
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [target, ...extra] = process.argv.slice(2);
  if (extra.length > 0) {
    process.stderr.write('usage: npm run screenshot [-- <file.png>]\n');
    process.exitCode = 2;
  } else {
    try {
      const written = [await screenshotReviewPage(target === undefined ? {} : { out: target })];
      if (target === undefined) {
        written.push(await screenshotReviewPage({ out: join(REPO_ROOT, 'docs', 'review-page-by-confidence.png'), sortByConfidence: true, doubts: PLANTED_DOUBTS }));
        written.push(await screenshotReviewPage({ out: join(REPO_ROOT, 'docs', 'review-page-completion.png'), completion: 's0005' }));
      }
      process.stdout.write(`${written.join('\n')}\n`);
    } catch (error) {
      process.stderr.write(`screenshot: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
