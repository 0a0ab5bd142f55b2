export const STATUSES = ["free", "license", "case-by-case", "denied"] as const;
export type Status = (typeof STATUSES)[number];
export type RestrictedStatus = Exclude<Status, "free">;
export const RESTRICTED_STATUSES: readonly RestrictedStatus[] = ["license", "case-by-case", "denied"];

const RANK: Record<Status, number> = { free: 0, license: 1, "case-by-case": 2, denied: 3 };

export function compareStatus(a: Status, b: Status): number {
  return RANK[a] - RANK[b];
}

/** denied > case-by-case > license > free */
export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = "free";
  for (const s of statuses) if (RANK[s] > RANK[worst]) worst = s;
  return worst;
}
