import { createHash } from 'node:crypto';
import { Eta } from 'eta';
import { LAYOUT_TEMPLATE } from './layout-template.js';
import { PAGE_STYLE } from './page-style.js';

export interface PageOptions {
  readonly title: string;
  readonly generator: string;
  /** Inline script for the page; none when absent. */
  readonly script?: string;
}

/**
 * Only the page's own script may run: its hash is the one script source the policy allows, so
 * even markup that slipped past escaping could not execute, and nothing may load from anywhere.
 */
function contentSecurityPolicy(script: string | undefined): string {
  const scriptSrc = script === undefined ? "'none'" : `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
  return `default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptSrc}; base-uri 'none'; form-action 'none'`;
}

/**
 * Renders a body template inside the shared page layout. Interpolations are HTML-escaped by
 * default (`<%= %>`); raw output (`<%~ %>`) is used only for Lektor's own CSS and script.
 */
export function renderPage<T extends object>(bodyTemplate: string, data: T, options: PageOptions): string {
  const eta = new Eta({ autoEscape: true, autoTrim: [false, 'nl'] });
  eta.loadTemplate('@layout', LAYOUT_TEMPLATE);
  const layout = { ...options, style: PAGE_STYLE, csp: contentSecurityPolicy(options.script) };
  return eta.renderString(`<% layout('@layout', it.layout) %>${bodyTemplate}`, { ...data, layout });
}
