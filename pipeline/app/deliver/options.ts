/** How a delivery writes into its output folder; the callers differ only here. */
export interface DeliveryOptions {
  /** Absolute output folder: the formats, the records (`.lektor/`), `index.html` and `run.json` go here. */
  readonly outDir: string;
  /**
   * Which articles `index.html` lists. `delivered`: the ones this delivery wrote, as a run lists
   * its own articles. `folder`: every article recorded in the folder, since a review rewrites one
   * article of many and the others stay listed; such a delivery also counts the QA of the
   * folder's `run.json` again, from the same read of the records.
   * @default 'delivered'
   */
  readonly index?: 'delivered' | 'folder';
}
