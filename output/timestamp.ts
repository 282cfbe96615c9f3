/** `2023-10-05 12:07 UTC`: minutes are enough for a reviewer, and UTC keeps the bytes machine-independent. */
export function humanTimestamp(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
