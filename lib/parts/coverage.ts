// What a parts-list check models, what it only flags, and what it does not model: stated in the answer and in every
// report, so that a forwarded report cannot be read as more than it is.

export type Coverage = { models: string[]; flags: string[]; doesNotModel: string[] };

export const PARTS_COVERAGE: Coverage = {
  models: [
    "Export licensing of the listed items under the measures in force on the scenario's date (Ann. 18 of 2025; Ann. 57 and the 0.1 % rule of Ann. 61 where in force), by element and by form: metals, alloys, sputtering targets, oxides and compounds, NdFeB and SmCo magnets, Er-doped fibre, Tm phosphors, crystal and functional materials.",
    "The MOFCOM FAQ exclusions: motors, rotor and stator assemblies, injection-moulded sensor assemblies, finished electronics, phosphors, calcined catalyst powders and consumer magnetic accessories bought from China are not listed items (unless the scenario sets the exclusions aside).",
    "The buyer's country and the end use: military end use is denied where a measure denies it for that country (the United States from 3 Dec 2024, Japan from 6 Jan 2026, every country under Ann. 61 while in force) and for samarium; advanced-node semiconductor end use is case-by-case where Ann. 61 is in force; otherwise a licence.",
    "Parts made outside China: Ann. 61's 0.1 % rule where in force (annex reading: magnets and sputtering targets; broad reading: any part), China-origin content valued at element prices against the part's value.",
    "Element content as the file gives it (grams per unit), or estimated from the typical-composition table (Methodology, section 12): every estimate is marked on its line.",
    "Unit values converted to US dollars at the 2025 annual reference rates listed in the report.",
  ],
  flags: [
    "NdFeB magnets, and assemblies holding them, bought from China: held by China's customs for content checks in 2025 (no licence in law): flagged for review.",
    "An estimate within a factor of 2 of the 0.1 % threshold; an estimated composition that spans a controlled and an uncontrolled answer; an origin the line only suggests (a supplier outside China, Hong Kong or Macau): flagged for review.",
    "A customs code that is China's reference code of a controlled item: flagged for review, since the description governs and the code does not.",
    "Case-by-case review (advanced-node semiconductor end use).",
  ],
  doesNotModel: [
    "Licences already held, the general licences of December 2025 (their destinations are not disclosed), and licence approval times for a given supplier.",
    "End users on China's export-control or unreliable-entity lists; end uses other than civil, dual, military and advanced-node semiconductor. A line without an end use is read as civil, and says so.",
    "Technology, equipment and raw-material controls (Ann. 56, Ann. 62) and the superhard-material and battery annexes (Ann. 55, Ann. 58).",
    "Rules of other countries (re-export, US procurement rules) and China's domestic regulations.",
    "The rare-earth content of finished electronics, sensors, bonded magnets, phosphors and doped fibre, for which no typical composition is on record: such lines need grams or are insufficient data.",
    "Exchange rates on a transaction's date: values are converted at 2025 annual averages.",
  ],
};
