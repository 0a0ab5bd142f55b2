"use client";

import { del, get, set } from "idb-keyval";

/** What the user gave us, kept in this browser's IndexedDB so a reload loses nothing. Never sent anywhere. */
export type StoredBom = {
  fileName: string;
  /** The file exactly as read, so its hash in a report is the hash of what the user has. */
  bytes: ArrayBuffer;
  size: number;
  /** canonical column -> header in the file, when the user mapped columns by hand. */
  mapping: Record<string, string> | null;
  savedAt: string;
};

const KEY = "bom:current";

export const loadStoredBom = () => get<StoredBom>(KEY);
export const saveStoredBom = (bom: StoredBom) => set(KEY, bom);
export const clearStoredBom = () => del(KEY);
