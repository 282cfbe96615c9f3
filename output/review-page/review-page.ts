import type { Render } from '../render.js';
import { renderPage } from './render-page.js';
import { REVIEW_SCRIPT } from './review-script.js';
import { REVIEW_PARTIALS, REVIEW_TEMPLATE } from './review-template.js';
import { reviewView } from './review-view.js';

/** The self-contained review page: German and English side by side, terms and QA flags marked. */
const render: Render = (doc, options) =>
  renderPage(REVIEW_TEMPLATE, reviewView(doc, options), {
    title: `${doc.meta.name} · Lektor review`,
    generator: `Lektor ${options.toolVersion}`,
    script: REVIEW_SCRIPT,
    partials: REVIEW_PARTIALS,
  });

export default render;
