"use client";

import { del, get, set } from "idb-keyval";
import type { PartMappingInput } from "@/lib/parts/part-columns";

/** What the user gave us, kept in this browser's IndexedDB so a reload loses nothing. Never sent anywhere. */
export type StoredBom = {
  fileName: string;
  /** The file exactly as read, so its hash in a report is the hash of what the user has. */
  bytes: ArrayBuffer;
  size: number;
  /** The mapping step's choices: a header, a constant for every row, "unknown", or "" (not in the file) per column. */
  mapping: PartMappingInput;
  /** The file's currency for values that name none, when the user chose one. */
  fileCurrency: string | null;
  savedAt: string;
};

const KEY = "bom:current";

/** A stored entry of an older shape (mapping null, no currency) reads as "no choices made". */
export const loadStoredBom = async (): Promise<StoredBom | undefined> => {
  const b = await get<StoredBom>(KEY);
  return b ? { ...b, mapping: b.mapping ?? {}, fileCurrency: b.fileCurrency ?? null } : undefined;
};
export const saveStoredBom = (bom: StoredBom) => set(KEY, bom);
export const clearStoredBom = () => del(KEY);
