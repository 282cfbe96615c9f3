// Loaded into every test process and every CLI the tests spawn (`node --import`): nothing may
// reach the network, so a test that would download fails loudly instead of passing by luck.
globalThis.fetch = async (input) => {
  throw new Error(`network access attempted in a test: ${String(input instanceof Request ? input.url : input)}`);
};
