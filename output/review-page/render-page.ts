import { createHash } from 'node:crypto';
import { Eta } from 'eta';
import { LAYOUT_TEMPLATE } from './layout-template.js';
import { PAGE_STYLE } from './page-style.js';

export interface PageOptions {
  readonly title: string;
  readonly generator: string;
  /** Inline script for the page; none when absent. */
  readonly script?: string;
  /** CSS after the shared stylesheet, for one kind of page only. */
  readonly style?: string;
  /** Templates the body includes by name, e.g. `include('@row', data)`. */
  readonly partials?: Readonly<Record<string, string>>;
  /** Whether the script may send requests to the server the page came from (the review editor). */
  readonly connect?: boolean;
  /** Whether a form may be sent to the server the page came from (the served index's search). */
  readonly form?: boolean;
}

/**
 * Only the page's own script may run: its hash is the one script source the policy allows, so
 * even markup that slipped past escaping could not execute, and nothing may load from anywhere.
 * A page served for editing may also talk to its own origin, and to nothing else; a served page
 * with a form may send it there.
 */
function contentSecurityPolicy(script: string | undefined, connect: boolean, form: boolean): string {
  const scriptSrc = script === undefined ? "'none'" : `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
  const connectSrc = connect ? "; connect-src 'self'" : '';
  return `default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptSrc}${connectSrc}; base-uri 'none'; form-action ${form ? "'self'" : "'none'"}`;
}

function engine(partials: Readonly<Record<string, string>>): Eta {
  const eta = new Eta({ autoEscape: true, autoTrim: [false, 'nl'] });
  for (const [name, template] of Object.entries(partials)) eta.loadTemplate(name, template);
  return eta;
}

/**
 * Renders a body template inside the shared page layout. Interpolations are HTML-escaped by
 * default (`<%= %>`); raw output (`<%~ %>`) is used only for Lektor's own CSS and script, and for
 * partials, which escape their own interpolations.
 */
export function renderPage<T extends object>(bodyTemplate: string, data: T, options: PageOptions): string {
  const eta = engine({ ...options.partials, '@layout': LAYOUT_TEMPLATE });
  const layout = {
    title: options.title,
    generator: options.generator,
    script: options.script,
    style: PAGE_STYLE + (options.style ?? ''),
    csp: contentSecurityPolicy(options.script, options.connect ?? false, options.form ?? false),
  };
  return eta.renderString(`<% layout('@layout', it.layout) %>${bodyTemplate}`, { ...data, layout });
}

/** A piece of a page on its own, with the same escaping: what a page's script puts in place of an outdated part. */
export function renderFragment<T extends object>(template: string, data: T, partials: Readonly<Record<string, string>> = {}): string {
  return engine(partials).renderString(template, data);
}
