/** Sizes as people read them in progress lines and errors, in the hub's decimal units. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e3).toFixed(1)} kB`;
}

/** Bytes over milliseconds, a second. */
export const rate = (bytes: number, ms: number): string => `${formatBytes(ms > 0 ? (bytes * 1000) / ms : 0)}/s`;
