/** How a file's bytes were checked once complete: the hub's SHA-256 (LFS files), its git blob hash (small files), or only their count. */
export type Verification = 'sha256' | 'git-sha1' | 'size';

/**
 * What a model download tells its caller, in order: `download-start` once the hub has announced
 * every missing file, `download-progress` while a file arrives (a few times a second),
 * `download-file` when a file is complete and verified, and `download-done`, or `download-stopped`
 * when a failure or an interrupt ends it early (the error itself is thrown, not told).
 */
export type DownloadEvent =
  | {
      readonly type: 'download-start';
      readonly model: string;
      readonly hub: string;
      readonly files: number;
      /** All files' bytes, as announced; files the hub announced no size for count 0. */
      readonly bytes: number;
      /** Bytes already on disk from an interrupted download that this one resumes. */
      readonly resumed: number;
    }
  | { readonly type: 'download-progress'; readonly model: string; readonly file: string; readonly received: number; readonly bytes: number | null }
  | {
      readonly type: 'download-file';
      readonly model: string;
      readonly file: string;
      readonly bytes: number;
      readonly ms: number;
      /** Bytes of this file that an earlier, interrupted download had fetched. */
      readonly resumedFrom: number;
      readonly verified: Verification;
    }
  | { readonly type: 'download-done'; readonly model: string; readonly files: number; readonly bytes: number; readonly ms: number }
  | { readonly type: 'download-stopped'; readonly model: string; readonly file: string };

export type DownloadListener = (event: DownloadEvent) => void;

/** Whether a progress event is a download's (a run's events and a download's share one stream). */
export function isDownloadEvent(event: { readonly type: string }): event is DownloadEvent {
  return event.type.startsWith('download-');
}
