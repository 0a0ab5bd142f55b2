import type { CountryReading } from "./read-country";

/** Where a line's goods come from, as far as China's export controls are concerned. */
export type OriginReading = {
  /** The places the goods may be exported from: China, or outside China (made abroad). Two when it is not known. */
  possible: readonly ("china" | "abroad")[];
  /** In words, for the line's inputs: "China (supplier country CN)". */
  text: string;
  /** True when the answer is not stated by the file but read from the supplier's country or assumed. */
  assumed: boolean;
  /** When it is not known and it matters: what to state, and whether that makes the line insufficient data or a review. */
  ifUncertain: { missing: string; review: string | null };
};

const code = (c: CountryReading) => c.code ?? "outside China";

/**
 * Where the goods come from: China when the country of origin or the supplier's country is mainland China; outside
 * China when a country of origin outside China is given (or "abroad", as the template's made_in writes it). With no
 * country of origin, a supplier outside China (or in Hong Kong or Macau, separate customs territories) leaves both
 * possible: a distributor may sell goods made in China. With no country at all, both are possible.
 */
export function readLineOrigin(origin: CountryReading | null, supplier: CountryReading | null): OriginReading {
  if (origin?.china === "mainland" || supplier?.china === "mainland") {
    const by = origin?.china === "mainland" ? `country of origin ${code(origin)}` : `supplier country ${supplier ? code(supplier) : ""}`;
    return { possible: ["china"], text: `China (${by})`, assumed: false, ifUncertain: { missing: "", review: null } };
  }
  if (origin && origin.china === "no") {
    return { possible: ["abroad"], text: `made outside China (country of origin ${code(origin)})`, assumed: false, ifUncertain: { missing: "", review: null } };
  }
  const territory = origin?.china === "hong-kong" || origin?.china === "macau" ? origin : supplier?.china === "hong-kong" || supplier?.china === "macau" ? supplier : null;
  if (territory) {
    return {
      possible: ["china", "abroad"],
      text: `${territory.name}, a separate customs territory: made in mainland China or not is not stated`,
      assumed: true,
      ifUncertain: { missing: "the country of origin", review: `${territory.note ?? ""} If the goods were made in mainland China, the line is caught as if bought there.`.trim() },
    };
  }
  if (supplier) {
    return {
      possible: ["china", "abroad"],
      text: `not given; supplier country ${code(supplier)}`,
      assumed: true,
      ifUncertain: {
        missing: "the country of origin",
        review: `The supplier is in ${supplier.name}, but the country of origin is not given: goods made in China and sold on by a distributor were exported from China. State the country of origin.`,
      },
    };
  }
  return { possible: ["china", "abroad"], text: "not given", assumed: true, ifUncertain: { missing: "the country of origin or the supplier's country", review: null } };
}
