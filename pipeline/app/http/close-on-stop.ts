import fp from 'fastify-plugin';

/**
 * A keep-alive connection would hold a stopping server open until it times out: once `close()`
 * is called, the answers still running close theirs.
 */
export const closeOnStop = fp(
  async (app) => {
    let stopping = false;
    app.addHook('preClose', async () => {
      stopping = true;
    });
    app.addHook('onSend', async (_request, reply) => {
      if (stopping) reply.header('connection', 'close');
    });
  },
  { name: 'lektor-close-on-stop' },
);
