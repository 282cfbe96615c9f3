// Loaded into every test process and every CLI the tests spawn (`node --import`): nothing may
// reach the network, so a test that would download fails loudly instead of passing by luck.
// Loopback stays open: tests serve their own hub on 127.0.0.1.
const loopbackFetch = globalThis.fetch;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

globalThis.fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (URL.canParse(url) && LOOPBACK.has(new URL(url).hostname)) return loopbackFetch(input, init);
  throw new Error(`network access attempted in a test: ${url}`);
};
