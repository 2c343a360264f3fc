import { z } from 'zod';
import { type FlowDocument, parseFlowDocument } from '@/core';

const backupSchema = z.object({
  version: z.literal(1),
  flowId: z.string(),
  /** Server revision the edits were based on. */
  baseRevision: z.number().int().nonnegative(),
  doc: z.unknown(),
  savedAt: z.iso.datetime(),
});

export interface DraftBackup {
  flowId: string;
  baseRevision: number;
  doc: FlowDocument;
  /** ISO time of the write. */
  savedAt: string;
}

const keyOf = (flowId: string) => `replyflow:draft:${flowId}`;

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Storage disabled (privacy settings): the editor works, without a local copy.
  }
};

/**
 * The local copy of unsaved edits, one per flow in `localStorage` (`replyflow:draft:<flowId>`).
 * Never throws: a full or disabled storage makes `write` answer false; an unreadable or invalid
 * entry reads as null (documents of older schema versions are migrated by core).
 */
export const draftBackup = {
  key: keyOf,

  read(flowId: string): DraftBackup | null {
    try {
      const raw = storage()?.getItem(keyOf(flowId));
      if (!raw) return null;
      const entry = backupSchema.safeParse(JSON.parse(raw));
      if (!entry.success || entry.data.flowId !== flowId) return null;
      const parsed = parseFlowDocument(entry.data.doc);
      if (!parsed.ok) return null;
      const { flowId: id, baseRevision, savedAt } = entry.data;
      return { flowId: id, baseRevision, doc: parsed.document, savedAt };
    } catch {
      return null;
    }
  },

  write(backup: Omit<DraftBackup, 'savedAt'> & { savedAt?: string }): boolean {
    const entry = { version: 1, ...backup, savedAt: backup.savedAt ?? new Date().toISOString() };
    try {
      const target = storage();
      if (!target) return false;
      target.setItem(keyOf(backup.flowId), JSON.stringify(entry));
      return true;
    } catch {
      return false;
    }
  },

  remove(flowId: string): void {
    try {
      storage()?.removeItem(keyOf(flowId));
    } catch {
      // Nothing to clean up if storage is unavailable.
    }
  },
};
