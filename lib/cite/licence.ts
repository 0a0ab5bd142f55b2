/**
 * The dataset's licence (data/ and the figures computed from it). The code is under the MIT licence (LICENSE); this
 * one covers the data only: see README, "Licence".
 */
export const DATA_LICENCE = {
  id: "CC-BY-4.0",
  name: "CC BY 4.0",
  title: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** What the licence asks of a reader, in a sentence. */
export const DATA_LICENCE_TERMS =
  "You may copy, redistribute and adapt the data and the charts for any purpose, including commercially, if you credit the dataset (see the suggested citation) and say what you changed. Each source keeps its own terms.";
