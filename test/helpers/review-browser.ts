import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, kept off the network as every browser test keeps it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
}

/** The id of the element that has the focus in `page`. */
export function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate<string | undefined>('document.activeElement?.id');
}

/** What a tab did that no test asked for, and the dialogs a test expects it to show. */
export interface WatchedTab {
  /** Script errors, console errors (but refusals the tests provoke), requests off this machine, dialogs no test expected. */
  readonly problems: string[];
  /** Answers the tab's next dialog (`confirm`, `beforeunload`) so, and resolves to its type and message. */
  nextDialog(answer: 'accept' | 'dismiss'): Promise<string>;
}

/**
 * Watches `page` for what a review page must never do (run into an error, reach past
 * 127.0.0.1) and answers its dialogs as the test announced them; an unannounced one is dismissed
 * and counted as a problem.
 */
export function watchTab(page: Page): WatchedTab {
  const problems: string[] = [];
  const expected: { answer: 'accept' | 'dismiss'; resolve: (message: string) => void }[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && !/status of (409|422|503)\b/.test(m.text()) && problems.push(m.text())));
  page.on('request', (r) => void (/^(http:\/\/127\.0\.0\.1:|file:)/.test(r.url()) || problems.push(`request: ${r.url()}`)));
  page.on('dialog', (dialog) => {
    const next = expected.shift();
    if (!next) {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
      return;
    }
    next.resolve(`${dialog.type()}: ${dialog.message()}`);
    void (next.answer === 'accept' ? dialog.accept() : dialog.dismiss());
  });
  return {
    problems,
    nextDialog: (answer) => new Promise((resolve) => expected.push({ answer, resolve })),
  };
}

/** Selects `text` in a cell, as a reviewer dragging over it would. */
export async function selectText(page: Page, cell: string, text: string): Promise<void> {
  await page.locator(cell).evaluate((td, wanted) => {
    const doc = td.ownerDocument;
    const showText = 4;
    const walker = doc.createTreeWalker(td, showText);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at: number = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      doc.getSelection().removeAllRanges();
      doc.getSelection().addRange(range);
      return;
    }
    throw new Error(`no "${wanted}" in the cell`);
  }, text);
}
