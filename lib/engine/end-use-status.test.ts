import { describe, expect, it } from "vitest";
import { statusForEndUse } from "./end-use-status";

const base = { militaryEndUse: "deny", advancedSemiconductor: "license", civilGeneralLicence: false } as const;

describe("statusForEndUse", () => {
  it.each([
    ["military, denial in force", "military", false, base, "denied"],
    ["military, licence rule", "military", false, { ...base, militaryEndUse: "license" }, "license"],
    ["advanced node under Ann. 61", "civil", true, { ...base, advancedSemiconductor: "case-by-case" }, "case-by-case"],
    ["advanced node without Ann. 61", "civil", true, base, "license"],
    ["civil under general licences", "civil", false, { ...base, civilGeneralLicence: true }, "free"],
    ["dual use under general licences still needs one", "dual", false, { ...base, civilGeneralLicence: true }, "license"],
    ["military beats advanced node", "military", true, { ...base, advancedSemiconductor: "case-by-case" }, "denied"],
  ] as const)("%s", (_label, endUse, advanced, scenario, expected) => {
    expect(statusForEndUse(endUse, advanced, scenario).status).toBe(expected);
  });
});
