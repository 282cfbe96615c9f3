/** The Hugging Face hub; mirrors are set with `HF_ENDPOINT` (as the Hugging Face tools read it) or `--hub`. */
export const DEFAULT_HUB = 'https://huggingface.co';

/** Where a hub model's files are served: the hub (or a mirror), the repository and its revision. */
export interface HubAddress {
  /** Base URL, e.g. `https://huggingface.co` or a mirror's. */
  readonly endpoint: string;
  /** `owner/name`. */
  readonly id: string;
  /** Branch, tag or commit. */
  readonly revision: string;
}

/** The hub's URL layout for one file: `<endpoint>/<owner>/<name>/resolve/<revision>/<file>`. */
export function hubFileUrl(hub: HubAddress, file: string): URL {
  const parts = [...hub.id.split('/'), 'resolve', hub.revision, ...file.split('/')].map(encodeURIComponent);
  return new URL(parts.join('/'), hub.endpoint.endsWith('/') ? hub.endpoint : `${hub.endpoint}/`);
}
