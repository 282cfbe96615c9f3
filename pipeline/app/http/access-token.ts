import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: what every request must carry, in the address, a cookie or a header. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compared in constant time, so response times leak nothing of the token. */
export function isAccessToken(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined) return false;
  const given = Buffer.from(candidate);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
