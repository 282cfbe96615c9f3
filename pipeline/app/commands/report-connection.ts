import type { CliIO } from './command.js';

/** The one line each when a long-running command loses Redis and when Redis is back. */
export function reportConnection(io: CliIO, location: string): (state: 'lost' | 'back') => void {
  return (state) =>
    io.stderr.write(state === 'lost' ? `lektor: lost Redis at ${location}; waiting for it to come back\n` : `lektor: Redis at ${location} is back\n`);
}
