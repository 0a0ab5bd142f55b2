import type { ComponentForm } from "../schemas/constants";
import type { LookupAnswer, MatchKind } from "./lookup-code";

export type LookupRow = {
  id: string;
  controlCode: string;
  item: string;
  elements: string;
  forms: string;
  /** "2805301910 (exact)", or why there is no code. */
  code: string;
  codeDetail: string | null;
  confirmed: boolean;
  state: string;
  status: string;
  measureId: string;
  measureTitle: string;
  sourceIds: string[];
};

const MATCH_LABEL: Record<MatchKind, string> = {
  exact: "exact",
  "within-line": "under its 8-digit line",
  prefix: "starts with what you typed",
  "control-code": "",
  "no-code": "no reference code",
};

/** Table rows for the lookup page: plain strings, so that the component only renders. */
export function toLookupRows(answer: LookupAnswer, formLabel: (form: ComponentForm) => string): LookupRow[] {
  return answer.candidates.map((c) => {
    const condition = c.requiresAnyOf ? ` containing ${c.requiresAnyOf.join(" or ")}` : "";
    const code =
      c.matchedCode !== null
        ? `${c.matchedCode} (${MATCH_LABEL[c.match]}${c.confirmed ? "" : ", unconfirmed"})`
        : c.codes.length > 0
          ? c.codes.join(", ")
          : "none: composition and description decide";
    const detail = [c.tariffLine ? `Tariff line: ${c.tariffLine}.` : null, c.codeNote, c.matchedCode === null ? c.noCode : null].filter((x): x is string => !!x).join(" ");
    return {
      id: c.itemId,
      controlCode: c.controlCode ?? "Ann. 61 annex (code not found)",
      item: c.item,
      elements: c.elements.length > 0 ? c.elements.join(", ") : "rare earths in general",
      forms: c.forms.map((f) => formLabel(f)).join(", ") + condition,
      code,
      codeDetail: detail === "" ? null : detail,
      confirmed: c.confirmed,
      state: c.status.state,
      status: c.status.text,
      measureId: c.measure.id,
      measureTitle: c.measure.title,
      sourceIds: c.sourceIds,
    };
  });
}
