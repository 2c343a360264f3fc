/**
 * What the top bar says about publishing: never published, the latest version matches the saved
 * draft, or the draft has changed since (saved or not).
 */
export type PublishStatus =
  { kind: 'never' } | { kind: 'published'; version: number } | { kind: 'changed'; version: number };

export interface PublishStatusInput {
  /** Highest version number of the flow (`flow.get`), null when never published. */
  latestVersion: number | null;
  /** Draft revision the latest version was compiled from, null when never published. */
  publishedRevision: number | null;
  /** Revision the editor's draft was last loaded at or saved as. */
  savedRevision: number;
  /** The editor holds edits that are not saved yet. */
  dirty: boolean;
}

/** Pure: compares the latest version's draft revision with the saved one (unsaved edits count as changes). */
export function computePublishStatus(input: PublishStatusInput): PublishStatus {
  if (input.latestVersion === null) return { kind: 'never' };
  const same = input.publishedRevision === input.savedRevision && !input.dirty;
  return { kind: same ? 'published' : 'changed', version: input.latestVersion };
}
