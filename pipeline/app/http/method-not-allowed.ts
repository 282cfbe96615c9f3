import type { FastifyInstance, HTTPMethods } from 'fastify';
import { HttpError } from './http-error.js';

/**
 * Answers every method a path does not take (declared before this call) with 405 and the ones it
 * does, instead of 404: the path is known. The path alone decides it, so the request is refused
 * before its body is read.
 */
export function refuseOtherMethods(app: FastifyInstance, url: string, allowed: readonly HTTPMethods[]): void {
  const refuse = async (): Promise<never> => {
    throw new HttpError(405, `use ${allowed.join(' or ')}`);
  };
  const others = app.supportedMethods.filter((method) => !app.hasRoute({ url, method }));
  app.route({ method: others, url, onRequest: refuse, handler: refuse });
}
