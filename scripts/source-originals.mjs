// Sources whose link is not the original: a copy of the document on another (sometimes unrelated) site ("mirror"),
// another outlet's report or summary of a named original ("restatement"), or a third party's reproduction or
// translation of an official text ("translation"). Checked by hand against the citation strings and the reference
// files in shared/reference. An official URL is given only where one appears in the reference files or was found
// and cited (urlFoundAt); otherwise url is null and the original is named by publisher, title and identifier.
//
// mirrorUrls: which of the source's URLs are the copy ("all", or a list); the others are independent pages.

const CHECKED = "2026-12-02";

// MOFCOM/GAC texts. Ann. 61's URL is in control-codes.md §3. Ann. 18's appears in three public reference lists
// found with the code search (2026-12-02) and carries the same article id as the MOFCOM page snapshot cited in
// control-codes.md §1 (websnapshot.pages.dev/…art_9c2108ccaf754f22a34abab2fedaa944.html).
const ANN18 = {
  publisher: "MOFCOM and GAC (China)",
  title: "Announcement No. 18 of 2025 on export controls on certain medium and heavy rare-earth items (商务部 海关总署公告2025年第18号)",
  date: "2025-04-04",
  identifier: "MOFCOM/GAC Ann. 18 (2025)",
  url: "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_9c2108ccaf754f22a34abab2fedaa944.html",
  urlFoundAt:
    "Same article id as the MOFCOM snapshot in control-codes.md §1; the URL itself is listed in public reference lists found by code search on " +
    CHECKED,
};
const ANN61 = {
  publisher: "MOFCOM (China)",
  title: "Announcement No. 61 of 2025 on export controls on certain overseas rare-earth-related items (商务部公告2025年第61号)",
  date: "2025-10-09",
  identifier: "MOFCOM Ann. 61 (2025)",
  url: "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_7fc9bff0fb4546ecb02f66ee77d0e5f6.html",
  urlFoundAt: "control-codes.md §3",
};
const official = (publisher, title, date, identifier) => ({ publisher, title, date, identifier, url: null });
const ANN46 = official("MOFCOM (China)", "Announcement No. 46 of 2024 on strengthening export control of dual-use items to the United States", "2024-12-03", "MOFCOM Ann. 46 (2024)");
const ANN58 = official("MOFCOM and GAC (China)", "Announcement No. 58 of 2025 on export controls on lithium-battery and artificial-graphite anode items", "2025-10-09", "MOFCOM/GAC Ann. 58 (2025)");
const ANN62 = official("MOFCOM (China)", "Announcement No. 62 of 2025 on export controls on rare-earth-related technologies (商务部公告2025年第62号)", "2025-10-09", "MOFCOM Ann. 62 (2025)");
const ANN70 = official("MOFCOM and GAC (China)", "Announcement No. 70 of 2025 suspending Announcements No. 55, 56, 57, 58, 61 and 62", "2025-11-07", "MOFCOM/GAC Ann. 70 (2025)");
const ANN1_2026 = official("MOFCOM (China)", "Announcement No. 1 of 2026 on strengthening export control of dual-use items to Japan", "2026-01-06", "MOFCOM Ann. 1 (2026)");
const FAQ5 = official("MOFCOM (China)", "Frequently asked questions on rare-earth export controls (FAQ V)", "2025-09-16", "MOFCOM FAQ V");
const CATALOGUE_2026 = official("MOFCOM and GAC (China)", "2026 Catalogue of dual-use items and technologies subject to import and export licence management", "2025-12-31", null);
const WH_FACT_SHEET = official("The White House", "Fact sheet on the US–China arrangement (1 Nov 2025)", "2025-11-01", null);

const CRS_R41744 = {
  publisher: "Congressional Research Service (Valerie Bailey Grasso)",
  title: "Rare Earth Elements in National Defense: Background, Oversight Issues, and Options for Congress",
  date: "2013-12-23",
  identifier: "CRS R41744",
  url: null,
  note: "No official CRS or congress.gov link for the 2013 version is in the reference files; EveryCRSReport keeps its metadata (R73).",
};

const federalRegister = (title, identifier, date) => ({
  publisher: "Federal Register (Office of the Federal Register, NARA)",
  title,
  date,
  identifier,
  url: null,
  note: "The official edition is on federalregister.gov and govinfo.gov; no official URL for this document is in the reference files.",
});

export const ORIGINALS = {
  // The two the issue names: the CRS report and the NASA paper.
  S173: { mirrorUrls: "all", original: { relation: "mirror", ...CRS_R41744 } },
  R73: { mirrorUrls: "all", original: { relation: "mirror", ...CRS_R41744 } },
  S154: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      publisher: "Coatings (MDPI) 8(7):255 — James L. Smialek (NASA Glenn Research Center) and Robert A. Miller",
      title: "Revisiting the Birth of 7YSZ Thermal Barrier Coatings: Stephan Stecura",
      date: "2018-07-22",
      identifier: "doi:10.3390/coatings8070255",
      url: "https://doi.org/10.3390/coatings8070255",
      urlFoundAt:
        "DOI as given by the library catalogue record https://vufind-test.katalog.k.utb.cz/SummonRecord/FETCH-LOGICAL-c310t-e70dab9c6b4ed6e7d89e3852241fbc8345d47ab7e0ec3a9f50fad8d7994d355f3 (searched " +
        CHECKED +
        ")",
      note: "The cited link is an unrelated site (cricutcom-setup.com) serving a copy of the MDPI page.",
    },
  },

  // Copies of papers and reports on document-sharing or unrelated sites.
  S237: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      publisher: "Materials Today 8(6) — David R. Clarke and Simon R. Phillpot",
      title: "Thermal barrier coating materials",
      date: "2005-06",
      url: null,
      note: "The scribd copy is filed under an unrelated title (\"Solar-Water-Desalination\").",
    },
  },
  S238: { mirrorUrls: "all", original: { relation: "mirror", publisher: "Grace Davison", title: "Effects of Rare Earth Oxides in FCC Catalysts", url: null } },
  S184: {
    mirrorUrls: "all",
    original: { relation: "mirror", publisher: "Oeko-Institut", title: "Recycling critical raw materials from waste electronic equipment", date: "2012", url: null },
  },
  S179: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      publisher: "Congressional Research Service",
      title: "Navy Virginia (SSN-774) Class Attack Submarine Procurement",
      date: "2020-12-22",
      identifier: "CRS RL32418",
      url: null,
      note: "EveryCRSReport is an archive of CRS reports, not CRS's own site.",
    },
  },
  S178: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      publisher: "Congressional Research Service",
      title: "Navy DDG-51 and DDG-1000 Destroyer Programs",
      date: "2024-04-04",
      url: null,
      note: "USNI News reposts the CRS report's text.",
    },
  },
  S217: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      publisher: "Forbes (Tom Coughlin, Digital Storage Technology Newsletter)",
      title: "C1Q and C2Q 2024 Hard Disk Drive Industry Updates",
      date: "2024-05/2024-08",
      url: null,
      note: "Both links are unrelated sites carrying copies of the Forbes columns.",
    },
  },
  S208: {
    mirrorUrls: "all",
    original: { relation: "mirror", publisher: "Grist", title: null, url: null, note: "The link is an unrelated site (btccryptopro.com) carrying a copy of the Grist article." },
  },
  S114: {
    mirrorUrls: "all",
    original: { relation: "mirror", publisher: "Reuters (Andy Home, column)", title: null, date: "2022-07-26", url: null },
  },
  S230: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      publisher: "Business Insider",
      title: "The US is ramping up spending on anti-tank missiles to replenish stockpiles",
      date: "2024-09-02",
      url: null,
    },
  },
  S189: {
    mirrorUrls: "all",
    original: { relation: "mirror", publisher: "Isotopia (press release, PR Newswire)", title: null, date: "2023-09-06", url: null },
  },
  S105: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      publisher: "Visual Capitalist",
      title: "Visualizing 30 Years of Rare Earth Production",
      url: null,
      note: "The link is a podcast platform (castbox.fm) page, not Visual Capitalist's.",
    },
  },
  S150: {
    mirrorUrls: "all",
    original: { relation: "mirror", publisher: "Statista", title: null, date: "2024-03", url: null, note: "The link is a Google Dataset Search results page, not the Statista record." },
  },
  R50: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      publisher: "World Wind Energy Association (WWEA)",
      title: "Global statistics (Annual Report 2024)",
      date: "2025-04-23",
      url: "https://wwindea.org/GlobalStatistics",
      urlFoundAt: "record-and-routes.md (R50: \"mirror of wwindea.org/GlobalStatistics\")",
    },
  },
  R34: {
    mirrorUrls: ["https://archive.ph/W8bIN"],
    original: { relation: "mirror", publisher: "Bloomberg", title: "Europeans tally huge costs of China's controls on critical goods", date: "2025-12-01", url: null },
  },

  // Federal Register documents on unofficial sites.
  S36: {
    mirrorUrls: "all",
    original: {
      relation: "mirror",
      ...federalRegister("Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities", "90 FR 47201; FR Doc. 2025-19001", "2025-09-30"),
    },
  },
  R75: {
    mirrorUrls: ["https://thefederalregister.org/2019-04-30/2019-08485", "http://federal.elaws.us/citation/84-FR-72244"],
    original: {
      relation: "mirror",
      ...federalRegister(null, "84 FR 18156 (DFARS interim rule, 30 Apr 2019); 84 FR 72239 (final rule, 31 Dec 2019)", "2019-04-30"),
    },
  },
  R76: {
    mirrorUrls: "all",
    original: { relation: "mirror", ...federalRegister(null, "87 FR 52342; FR Doc. 2022-18224 (DFARS Case 2020-D007)", "2022-08-25") },
  },
  R77: {
    mirrorUrls: ["https://regulations.justia.com/regulations/fedreg/2024/05/30/2024-11513.html"],
    original: { relation: "mirror", ...federalRegister(null, "FR Doc. 2024-11513 (DFARS Case 2021-D015)", "2024-05-30") },
  },

  // Official Chinese texts as reproduced or translated by third parties.
  S8: { mirrorUrls: "all", original: { relation: "translation", ...ANN46 } },
  S11: { mirrorUrls: "all", original: { relation: "translation", ...ANN18 } },
  S16: { mirrorUrls: "all", original: { relation: "translation", ...ANN18 } },
  S21: { mirrorUrls: "all", original: { relation: "translation", ...FAQ5 } },
  S22: { mirrorUrls: "all", original: { relation: "translation", ...FAQ5 } },
  S47: { mirrorUrls: "all", original: { relation: "translation", ...ANN58 } },
  S48: { mirrorUrls: "all", original: { relation: "restatement", ...ANN61 } },
  S49: { mirrorUrls: "all", original: { relation: "translation", ...ANN61 } },
  S50: { mirrorUrls: "all", original: { relation: "translation", ...ANN61 } },
  S57: { mirrorUrls: "all", original: { relation: "restatement", ...ANN61 } },
  S52: { mirrorUrls: "all", original: { relation: "translation", ...ANN62 } },
  S53: { mirrorUrls: "all", original: { relation: "translation", ...ANN62 } },
  S39: { mirrorUrls: "all", original: { relation: "restatement", ...ANN70 } },
  S77: { mirrorUrls: "all", original: { relation: "restatement", ...ANN70 } },
  S88: { mirrorUrls: "all", original: { relation: "translation", ...ANN1_2026 } },
  S87: { mirrorUrls: "all", original: { relation: "restatement", ...CATALOGUE_2026 } },

  // White House fact sheet as summarised elsewhere.
  S70: { mirrorUrls: "all", original: { relation: "restatement", ...WH_FACT_SHEET } },
  S74: { mirrorUrls: "all", original: { relation: "restatement", ...WH_FACT_SHEET } },
  S75: { mirrorUrls: "all", original: { relation: "restatement", ...WH_FACT_SHEET } },

  // Wire and newspaper stories carried by aggregators.
  S7: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters; Deutsche Welle", title: null, date: "2024-12-03", url: null } },
  S26: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Bloomberg", title: null, url: null } },
  S27: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Bloomberg", title: null, url: null } },
  S28: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters", title: null, date: "2025-06-03", url: null } },
  S31: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters", title: "China quietly curbs magnet exports…", date: "2025-10", url: null } },
  S67: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters", title: null, url: null } },
  S69: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters", title: null, date: "2025-10-30", url: null } },
  S82: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Bloomberg; Argus", title: "Rare earths: New crisis looms due to widespread yttrium shortage", date: "2025-11-17", url: null } },
  S90: { mirrorUrls: "all", original: { relation: "restatement", publisher: "The Wall Street Journal; Reuters", title: null, date: "2026-01-09", url: null } },
  S94: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters", title: null, url: null } },
  S127: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Argus Media", title: "European rare earth weekly review: Yttrium soars due to supply shortage", date: "2025-09-25", url: null } },
  R92: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Argus Media", title: "European rare earth weekly review: Yttrium soars due to supply shortage", date: "2025-09-25", url: null } },
  S153: {
    mirrorUrls: "all",
    original: { relation: "restatement", publisher: "Tom's Hardware", title: "China's rare earth export restrictions threaten global chipmaking supply chains", date: "2025-04-08", url: null },
  },
  S174: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Foreign Policy (Benchmark Mineral Intelligence figures)", title: null, url: null } },
  S212: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Nikkei (Chinese edition)", title: "中国真要收紧对日稀土出口管制?", date: "2026-02-08", url: null } },
  S253: { mirrorUrls: "all", original: { relation: "restatement", publisher: "South China Morning Post", title: null, date: "2026-02", url: null } },
  R4: {
    mirrorUrls: ["https://todayheadline.co/european-auto-supplier-plants-shut-081958659-html/"],
    original: { relation: "restatement", publisher: "Reuters", title: "European auto supplier plants shut…", date: "2025-06-04", url: null },
  },
  R8: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters", title: "Auto companies 'in full panic' over rare-earths bottleneck", date: "2025-06-09", url: null } },
  R31: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters (via Mining.com)", title: "China's rare earth magnet exports fall 1.6% in March", date: "2026-04-20", url: null } },
  R33: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Reuters", title: "EU firms brace for more shutdowns…", date: "2025-09-17", url: null } },
  R51: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Global Wind Energy Council (press release)", title: null, date: "2026-01-21", url: null } },
  R57: { mirrorUrls: "all", original: { relation: "restatement", publisher: "Xinhua (IFR World Robotics 2025)", title: null, date: "2025-10-17", url: null } },
  R74: { mirrorUrls: "all", original: { relation: "restatement", publisher: "DoD News (US Department of Defense)", title: null, date: "2024-03", url: null } },
  R83: {
    mirrorUrls: "all",
    original: { relation: "restatement", publisher: "South China Morning Post", title: "China grants export permits to rare earth giant for US, Europe shipments", date: "2025-06", url: null },
  },
};
