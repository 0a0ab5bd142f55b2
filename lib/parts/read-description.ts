// What a part's description says, in English, German, French, Spanish or Italian, as ERP systems and people write
// it ("MAGNET NDFEB N42SH 20X10X5", "Rotorbaugruppe EPS", "Y2O3 coating", "Er-doped fibre"). Every pattern runs once
// over a description of at most PART_MAX_CELL_CHARS characters, and none can backtrack badly (no nested quantifiers).
import type { ElementSymbol } from "../schemas/constants";
import type { Application, LineType, NdfebGradeFamily, TradedAs } from "./line-types";
import { foldText, wordsOf } from "./normalise-text";

export type DescriptionReading = {
  type: LineType;
  /** The words that decided, as written in the folded text. */
  matched: string;
  reads: string;
  tradedAs: TradedAs | null;
  grade: { family: NdfebGradeFamily; text: string } | null;
  smcoKind: "SmCo5" | "Sm2Co17" | null;
  application: Application | null;
  elements: ElementSymbol[];
  declaredFree: ElementSymbol[];
  grainBoundaryDiffused: boolean;
  /** True when a material or grade was named (NdFeB, N42SH, Y2O3), not just a kind of part. */
  specific: boolean;
  /** Material names the line gives (ysz, y2o3, terfenol): they select a composition row. */
  materials: string[];
  notes: string[];
  /** Why the reading may be wrong in a way that matters (a rotor word that may name a magnet segment): never clear. */
  doubts: string[];
};

// ---- patterns over wordsOf(text): lower case, accents folded, words separated by single spaces ----
const MAGNET = /\b[a-z]*magnet(?:e|en|es|s|i)?\b|\baimants?\b|\bimane?s?\b/;
const NDFEB = /\bnd ?fe ?b\b|\bndfeb\w*|neodym\w*|neodime?\w*|seltenerd\w*magnet\w*|\brare earth magnets?\b|\bneo magnets?\b|\bsintered magnets?\b|\bsintermagnet\w*/;
const SMCO = /\bsm ?co ?5\b|\bsm ?2 ?co ?17\b|\bsmco\w*|samarium ?(?:cobalt|kobalt|cobalto)/;
const BONDED = /\bbonded\b|gebunden\w*|plastoferrit\w*|\bcompression (?:moulded|molded) magnet|\binjection (?:moulded|molded) magnet|spritzguss ?magnet|\baimants? lies?\b|\baglomerad[oa]s?\b|\bmagneti? legat[oi]\b|\bmqp?\b/;
const FERRITE = /ferrit\w*|\balnico\b|hartferrit/;
const ASSEMBLY = /\bassembly\b|\bassy\b|baugruppe|\bkpl\b|\bkomplett\b|\bcomplete\b|\bensemble\b|\bensamblad[oa]\b|\bassemblat[oa]\b|\bgruppo\b|\bmit magnet|\bwith magnets?\b|\bavec aimants?\b|\bcon (?:iman|magnet)/;
/** Consumer products FAQ V names (phone backs, chargers, toys), and the words parts lists use near them. */
const CONSUMER_PRODUCT = /\b(?:phone|handy\w*|charger|ladegerat\w*|toys?|spielzeug\w*|fridge|kuhlschrank\w*|accessor\w*|zubehor\w*)\b/;
/** "… mit Magnet", "… with magnets": the magnet is an attribute of the part named before it. */
const WITH_MAGNET = /\b(?:mit|with|avec|con) (?:\w+ )?(?:[a-z]*magnet\w*|aimants?|iman\w*)/;
const ROTOR_STATOR = /\b\w*rotor\w*|\b\w*stator\w*/;
/** A wound stator or rotor is an assembly (windings on a core) whether or not the line says "assembly". */
const WOUND = /\bbewickelt\w*|\bgewickelt\w*|\bwound\b|\bbobine\w*|\bavvolt[oi]\b|\bbobinad[oa]s?\b/;
const MOTOR = /\b\w*motor(?:en|s)?\b|\bmoteurs?\b|\bmotore\b|\bservo\w*|\bactuator\w*|\baktuator\w*|\bstellantrieb\w*|\be ?achse\b|\be ?axle\b|\bantriebseinheit\b|\bdrive unit\b/;
const ACCESSORY =
  /\b(?:motor|magnet|rotor|stator|sensor)(?:gehause|halter|halterung|kabel|deckel|flansch|schild|welle|abdeckung|stecker|lager|schraube|dichtung|blech|trager|platte)\w*|\b(?:motor|magnet|rotor|stator|sensor) (?:housing|bracket|holder|cover|cable|mount|mounting|shaft|flange|connector|clip|screw|bolt|gasket|seal|bearing|lamination|plate|sleeve|carrier)s?\b|\b(?:support|carter|boitier|capot|arbre|cable|soporte|carcasa|supporto|alloggiamento) (?:de |du |del |dello |di )?(?:moteur|motor|motore|aimant|iman|magnete|rotor|rotore|capteur|sensor|sensore)\b/;
const SENSOR = /\b\w*sensor(?:en|s|e|i)?\b|\bcapteurs?\b|\b\w*geber\b|\bencoder\w*|\bhall\b|\bresolver\w*/;
const MOULDED = /umspritzt|overmou?lded|\binjection mou?lded\b|spritzgegossen|\bsurmoule|\bmoulded\b|\bmolded\b/;
const TARGET = /sputter\w*|\btargets?\b|zerstaub\w*|\bcibles?\b|\bbersagli[oi]\b|\bblancos? de pulverizacion\b/;
const FIBRE =
  /\b(?:er|erbium|yb|ytterbium|tm|thulium|ho|holmium) ?(?:doped|dotiert\w*|dopee?s?|dopat[ao]|dopad[ao])\b|\bedfa\b|\bedf\b|\berbium ?(?:fib\w*|faser\w*)/;
const PHOSPHOR = /\bphosphors?\b|leuchtstoff\w*|luminophore?s?\b|luminofor\w*|\bfosfor[oi]\b|\byag ?ce\b/;
const NOT_PHOSPHOR = /phosphor ?bronze|phosphorbronze|phosphat\w*|phosphorus|phosphoric/;
const CATALYST = /catalys\w*|katalysator\w*|catalyseur\w*|catalizador\w*|catalizzator\w*|washcoat/;
const POWDER = /\bpowders?\b|pulver\w*|\bpoudres?\b|\bpolvos?\b|\bpolver[ei]\b|calcin\w*|kalzin\w*/;
/** Calcined, kalziniert, calciné, calcinado, calcinato (accents folded). */
const CALCINED = /\bcalcin\w*|\bkalzin\w*/;
const COATING = /coating\w*|beschichtung\w*|revetement\w*|recubrimiento\w*|rivestiment\w*|\btbc\b|thermal barrier|warmedamm\w*|spritzschicht\w*/;
const OXIDE =
  /\b(?:y2o3|dy2o3|tb4o7|gd2o3|sm2o3|sc2o3|lu2o3|er2o3|ho2o3|eu2o3|yb2o3|tm2o3|ceo2|la2o3|nd2o3|pr6o11)\b|\byttria\b|\bysz\b|\b\w+(?:ium|io) ?oxid\w*|\boxid\w* (?:de |d |di )?\w+(?:ium|io)\b|\boxyde d ?\w+ium\b/;
const ALLOY =
  /\balloys?\b|legierung\w*|\balliages?\b|\baleacion\w*|\blega\b|\bleghe\b|master ?alloy|vorlegierung|terfenol\w*|\bal ?sc\b|\bsc ?al\b|\balsc\w*|scalmalloy|\bdy ?fe\b|\btb ?dy ?fe\b|\bgd ?fe\b|\bho ?fe\b|\bdyfe\b|\btbdyfe\b|\bgdfe\b|\bhofe\b/;
const METAL = /\bmetall?\b|\bmetaux\b|\bmetal(?:ico|lo)\b|\bmetall\w*/;
const ELECTRONICS =
  /\b\w*lautsprecher\w*|\bspeakers?\b|\bhaut parleurs?\b|\baltavoz\w*|\baltoparlant\w*|\bheadphones?\b|kopfhorer|\bearbuds?\b|\becu\b|steuergerat\w*|\bcontrol unit\b|\bdisplays?\b|bildschirm\w*|infotainment|\bradio\b|smartphone|\blaptop\b|\bhard ?disk\b|festplatte|\bhdd\b|\bkamera\w*|\bcameras?\b/;
const NO_RE =
  /\b\w*schraube\w*|\bscrews?\b|\bbolts?\b|\b\w*mutter\b|\bnuts?\b|\bwashers?\b|\b\w*scheibe\b|\bbearings?\b|\b\w*lager\b|kugellager|\bcables?\b|\b\w*kabel\b|\bharness\w*|kabelbaum|\bhousings?\b|\b\w*gehause\b|\bbrackets?\b|\b\w*halter\w*|\bgaskets?\b|\b\w*dichtung\w*|\bo ?rings?\b|\blabels?\b|\betikett\w*|\bpackaging\b|\bverpackung\w*|\bkarton\w*|\bcartons?\b|\bshafts?\b|\b\w*welle\b|\bsprings?\b|\b\w*feder\b|\brivets?\b|\bniete\w*|\bpins?\b|\b\w*stift\b|\bclips?\b|\bklammer\w*|\bhoses?\b|\bschlauch\w*|\bpipes?\b|\brohr\w*|\bsheet metal\b|\b\w*blech\w*|\blaminations?\b|\bcapacitors?\b|kondensator\w*|\bresistors?\b|widerstand\w*|\bconnectors?\b|\b\w*stecker\b|\bfuses?\b|\brelays?\b|\brelais\b|\bleiterplatte\w*|\bvis\b|\becrous?\b|\brondelles?\b|\btornillos?\b|\btuercas?\b|\bvit[ei]\b|\bdad[oi]\b|\bguarnizion[ei]\b|\bjuntas?\b|\bjoints?\b/;

const DECLARED_FREE =
  /\b(dy|tb|hre|hree|dysprosium|terbium)(?: |)(?:free|frei|libre|fri)\b|\bheavy rare earth free\b|\b(?:ohne|sans|sin|senza|without) (dy|tb|dysprosium|terbium|disprosio|terbio|hre)\b|\bhre ?free\b|\bdy ?tb ?free\b/;
const GBD = /\bgbd\b|\bgbdp\b|grain boundary diffus\w*|korngrenzendiffus\w*/;
const TRACTION = /traktion\w*|\btraction\b|antriebsmotor|\bdrive motor\b|\bfahrmotor\b|\be ?achse\b|\be ?axle\b|\bedrive\b|\be drive\b|\bhauptantrieb\b/;
const EPS = /\beps\b|servolenkung|\bpower steering\b|lenkhilfe|lenkungsmotor|\bdirection assistee\b/;
const SMALL_MOTOR = /\b(?:seat|sitz\w*|wiper|wischer\w*|fensterheber\w*|window ?lift\w*|window|door|tur\w*|spiegel\w*|mirror|leve vitre|essuie glace|siege)\b|\bsitzmotor|\bwischermotor|\bfensterhebermotor|\bturmotor|\bspiegelmotor/;

/** Element names and formula tokens in the folded text; two-letter symbols are read only where noted. */
const ELEMENT_WORDS: [RegExp, ElementSymbol][] = [
  [/\by2o3\b|\byttri\w*|\bysz\b|\bittri\w*|\bitrio\b/, "Y"],
  [/\bdy2o3\b|\bdysprosi\w*|\bdisprosi\w*|\bdy ?fe\b|\bdyfe\b|\btb ?dy ?fe\b|\btbdyfe\b|terfenol/, "Dy"],
  [/\btb4o7\b|\bterbi\w*|\btb ?dy ?fe\b|\btbdyfe\b|terfenol/, "Tb"],
  [/\bgd2o3\b|\bgadolini\w*|\bgd ?fe\b|\bgdfe\b/, "Gd"],
  [/\bsm2o3\b|\bsamari\w*|\bsmco\w*|\bsm ?2 ?co ?17\b|\bsm ?co ?5\b/, "Sm"],
  [/\bsc2o3\b|\bscandi\w*|\bescandio\b|\bal ?sc\b|\bsc ?al\b|\balsc\w*|scalmalloy/, "Sc"],
  [/\blu2o3\b|\blutet\w*|\blutec\w*|\blutez\w*/, "Lu"],
  [/\ber2o3\b|\berbi\w*|\ber ?(?:doped|dotiert\w*|dopee?s?|dopat[ao]|dopad[ao])\b|\bedfa\b/, "Er"],
  [/\bho2o3\b|\bholmi\w*|\bolmi\w*|\bho ?fe\b|\bhofe\b/, "Ho"],
  [/\beu2o3\b|\beuropi\w*/, "Eu"],
  [/\byb2o3\b|\bytterbi\w*|\bitterbi\w*|\biterbi\w*|\byb ?(?:doped|dotiert\w*)\b/, "Yb"],
  [/\btm2o3\b|\bthuli\w*|\btuli[oa]\b/, "Tm"],
  [/\bceo2\b|\bceri(?:um|o)\b|\bcer\b/, "Ce"],
  [/\bla2o3\b|\blanthan\w*|\blantano\b/, "La"],
  [/\bnd ?fe ?b\b|\bndfeb\w*|\bneodym\w*|\bneodime?\w*|\bnd2o3\b/, "Nd"],
  [/\bpraseodym\w*|\bpraseodimi\w*|\bpr6o11\b/, "Pr"],
];
/** Material names that select a composition row. */
const MATERIALS = /\b(?:7 ?ysz|ysz|yttria|y2o3|dy2o3|tb4o7|gd2o3|sm2o3|sc2o3|lu2o3|er2o3|ho2o3|eu2o3|yb2o3|tm2o3|ceo2|la2o3|nd2o3|terfenol\w*|scalmalloy|al ?sc|sc ?al)\b/g;
/** In a target's, metal's or oxide's description two-letter symbols name elements ("Sputtering target Gd"). */
const SYMBOLS: [RegExp, ElementSymbol][] = (["Sc", "Sm", "Gd", "Tb", "Dy", "Lu", "Ho", "Er", "Tm", "Eu", "Yb", "Nd", "Pr", "Ce", "La"] as const).map(
  (e) => [new RegExp(`\\b${e.toLowerCase()}\\b`), e],
);
/** In a magnet's description "Dy", "Tb" and "Ho" are symbols; elsewhere "TB" may be terabytes. */
const MAGNET_SYMBOLS: [RegExp, ElementSymbol][] = [
  [/\bdy\b/, "Dy"],
  [/\btb\b/, "Tb"],
  [/\bho\b/, "Ho"],
];

/** A magnet grade: N42SH, 42SH, N52, 48H, N35M (an N or a family suffix is required, so "M6" or "12V" are not). */
const GRADE = /(?<![A-Z0-9])(N)?(\d{2})(AH|EH|UH|SH|H|M)?(?![A-Z0-9])/g;

function findGrade(text: string): { family: NdfebGradeFamily; text: string } | null {
  for (const m of foldText(text).toUpperCase().matchAll(GRADE)) {
    const [whole, n, digits, suffix] = m;
    if (!n && !suffix) continue;
    const value = Number(digits);
    if (value < 20 || value > 60) continue; // NdFeB grades run from N27 to N55
    return { family: (suffix ?? "N") as NdfebGradeFamily, text: whole };
  }
  return null;
}

/** "Magnet für EPS-Motor": the part is what comes before "for"; what follows is where it goes. */
const FOR = /\b(?:for|fur|fuer|pour|para|per|to fit|passend fur)\b/;

const at = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return m ? { index: m.index, text: m[0] } : null;
};

function elementsIn(words: string, magnet: boolean): ElementSymbol[] {
  const out: ElementSymbol[] = [];
  for (const [re, el] of ELEMENT_WORDS) if (re.test(words) && !out.includes(el)) out.push(el);
  if (magnet) for (const [re, el] of MAGNET_SYMBOLS) if (re.test(words) && !out.includes(el)) out.push(el);
  return out;
}

function declaredFreeIn(words: string): ElementSymbol[] {
  const m = DECLARED_FREE.exec(words);
  if (!m) return [];
  const which = (m[1] ?? m[2] ?? "hre").slice(0, 2);
  if (which === "dy" || which === "di") return ["Dy"];
  if (which === "tb" || which === "te") return ["Tb"];
  return ["Dy", "Tb"];
}

function base(type: LineType, matched: string, reads: string): DescriptionReading {
  return {
    type, matched, reads, tradedAs: null, grade: null, smcoKind: null, application: null, elements: [], declaredFree: [],
    grainBoundaryDiffused: false, specific: false, materials: [], notes: [], doubts: [],
  };
}

/** Reads a description: the kind of part, the grade, the elements named, and the words that decided. */
export function readDescription(description: string): DescriptionReading {
  const all = wordsOf(description);
  if (all === "") return base("unknown", "", "the description is empty");
  const cut = FOR.exec(all);
  const object = cut && cut.index > 0 ? all.slice(0, cut.index).trim() : all;
  const r = classifyWords(object, all, description);
  const magnetLike = r.type === "ndfeb_magnet" || r.type === "smco_magnet" || r.type === "bonded_magnet" || r.type === "magnet_unspecified" || r.type === "motor_or_rotor_assembly";
  r.elements = elementsIn(all, magnetLike);
  if (r.type === "sputtering_target" || r.type === "re_metal" || r.type === "oxide_powder" || r.type === "alloy") {
    for (const [re, el] of SYMBOLS) if (re.test(all) && !r.elements.includes(el)) r.elements.push(el);
  }
  r.materials = [...new Set([...all.matchAll(MATERIALS)].map((m) => m[0].replace(/\s+/g, "")))];
  r.declaredFree = declaredFreeIn(all);
  r.elements = r.elements.filter((e) => !r.declaredFree.includes(e));
  r.grainBoundaryDiffused = GBD.test(all);
  if (r.type === "motor_or_rotor_assembly" || magnetLike) {
    r.application = TRACTION.test(all) ? "ev_traction" : EPS.test(all) ? "eps" : SMALL_MOTOR.test(all) ? "small_auto_motor" : null;
  }
  return r;
}

function readOxide(matched: string): DescriptionReading {
  const r = base("oxide_powder", matched, "a rare-earth oxide or compound");
  r.tradedAs = "listed";
  r.specific = true;
  return r;
}

function classifyWords(object: string, all: string, original: string): DescriptionReading {
  const accessory = at(ACCESSORY, object);
  if (accessory) {
    const r = base("no_rare_earth", accessory.text, `a ${accessory.text}: a part of an assembly with no magnet of its own`);
    r.tradedAs = "not_applicable";
    return r;
  }
  // ERP descriptions put the kind of part first ("Kabelbaum Motor", "SCREW, MAGNET CLAMP"): a plain part named first
  // is the part, whatever it is for.
  const plainFirst = at(NO_RE, object);
  if (plainFirst && plainFirst.index === 0) {
    const r = base("no_rare_earth", plainFirst.text, `a ${plainFirst.text}: no rare earth in a part of this kind`);
    r.tradedAs = "not_applicable";
    return r;
  }
  const fibre = at(FIBRE, all);
  if (fibre) {
    const r = base("doped_fibre", fibre.text, "a rare-earth-doped optical fibre or fibre amplifier");
    r.tradedAs = "listed";
    r.specific = true;
    return r;
  }
  const target = at(TARGET, object);
  if (target) {
    const r = base("sputtering_target", target.text, "a sputtering target");
    r.tradedAs = "listed";
    return r;
  }

  const magnet = at(MAGNET, object);
  const ndfeb = at(NDFEB, object);
  const smco = at(SMCO, object);
  const bonded = at(BONDED, object);
  const grade = magnet || ndfeb ? findGrade(original.slice(0, 512)) : null;
  const assembly = at(ASSEMBLY, object);
  const rotor = at(ROTOR_STATOR, object);
  const motor = at(MOTOR, object);
  if (magnet || ndfeb || smco) {
    if (assembly && (rotor || motor)) {
      const r = base("motor_or_rotor_assembly", `${(rotor ?? motor)?.text} ${assembly.text}`, "an assembly with magnets built in");
      r.tradedAs = rotor ? "rotor_stator_assembly" : "motor";
      r.grade = grade;
      r.specific = !!(ndfeb || smco || grade);
      return r;
    }
    const ferrite = at(FERRITE, object);
    if (ferrite && !ndfeb && !smco) {
      const r = base("no_rare_earth", ferrite.text, "a ferrite or AlNiCo magnet: no rare earth (a La-Co ferrite holds lanthanum, which no measure controls)");
      r.tradedAs = "not_applicable";
      return r;
    }
    const material = smco ?? ndfeb;
    // "EPS motor magnet" names the magnet last; "Magnet NdFeB … Rotor" names it first: a named material or grade,
    // or the magnet word coming after the motor word, makes the line a magnet.
    const sensorWord = at(SENSOR, object);
    const other = motor ?? rotor ?? sensorWord;
    const attribute = other !== null && WITH_MAGNET.test(object);
    const magnetIsHead = !attribute && (!!material || !!grade || !other || (magnet !== null && (magnet.index === 0 || magnet.index > other.index)));
    if (magnetIsHead) {
      let r: DescriptionReading;
      if (smco) {
        r = base(bonded ? "bonded_magnet" : "smco_magnet", smco.text, bonded ? "a bonded SmCo magnet" : "a samarium-cobalt magnet");
        r.smcoKind = /\bsm ?2 ?co ?17\b|\b2 ?17\b/.test(all) ? "Sm2Co17" : /\bsm ?co ?5\b|\b1 ?5\b/.test(all) ? "SmCo5" : null;
      } else if (bonded) {
        r = base("bonded_magnet", bonded.text, "a bonded (plastic-bound) magnet");
      } else if (ndfeb || grade) {
        r = base("ndfeb_magnet", [ndfeb?.text, grade?.text].filter(Boolean).join(" "), grade ? `an NdFeB magnet of grade ${grade.text} (${grade.family} family)` : "an NdFeB magnet");
      } else {
        r = base("magnet_unspecified", magnet?.text ?? "", "a permanent magnet whose material is not stated");
      }
      r.grade = r.type === "ndfeb_magnet" || r.type === "bonded_magnet" ? grade : null;
      r.specific = !!(material || grade);
      // A loose magnet is the listed item (1C902–1C905 "PM materials include magnets"), whatever it is meant for: FAQ V
      // excludes consumer magnetic accessories as finished products (a phone back, a charger, a toy), never the magnet.
      r.tradedAs = "listed";
      if (CONSUMER_PRODUCT.test(all)) {
        r.notes.push("The description names a consumer product; MOFCOM FAQ V excludes such products when finished, not a loose magnet for one.");
      }
      return r;
    }
  }
  if (rotor && (assembly || !motor || rotor.index < (motor?.index ?? Infinity))) {
    // FAQ V excludes rotor and stator ASSEMBLIES with embedded magnets. A rotor word with a magnet grade and no assembly
    // word ("Rotorsegment 38UH", "Stator segment 42SH sintered") is a magnet segment: the listed item.
    const segmentGrade = findGrade(original.slice(0, 512));
    const built = assembly ?? at(WOUND, object);
    if (segmentGrade && !built) {
      const r = base("ndfeb_magnet", `${rotor.text} ${segmentGrade.text}`, `a magnet segment of grade ${segmentGrade.text} (${segmentGrade.family} family) for a rotor or stator, not an assembly`);
      r.tradedAs = "listed";
      r.grade = segmentGrade;
      r.specific = true;
      return r;
    }
    const r = base("motor_or_rotor_assembly", rotor.text, built ? "a rotor or stator assembly" : "a rotor or stator (assembly)");
    r.tradedAs = "rotor_stator_assembly";
    r.grade = segmentGrade;
    if (!built) r.doubts.push(`The description names a ${rotor.text} but not an assembly: MOFCOM FAQ V excludes rotor and stator assemblies with embedded magnets, not magnets or magnet segments for them; check what the part is.`);
    return r;
  }
  if (motor) {
    const r = base("motor_or_rotor_assembly", motor.text, "a motor or actuator");
    r.tradedAs = "motor";
    if (/actuator|aktuator|stellantrieb/.test(motor.text)) r.notes.push("An actuator is read as a motor; that it crosses the border as one is an interpretation.");
    return r;
  }
  const sensor = at(SENSOR, object);
  if (sensor) {
    const r = base("sensor", sensor.text, "a sensor");
    const moulded = MOULDED.test(all);
    r.tradedAs = moulded ? "injection_moulded_sensor_assembly" : "unknown";
    if (!moulded) r.notes.push("MOFCOM FAQ V excludes injection-moulded sensor assemblies; the description does not say whether this one is.");
    return r;
  }
  const phosphor = !NOT_PHOSPHOR.test(object) ? at(PHOSPHOR, object) : null;
  if (phosphor) {
    const r = base("phosphor", phosphor.text, "a phosphor (luminescent material)");
    r.tradedAs = "phosphor";
    return r;
  }
  // An oxide of a rare earth is the listed oxide whatever it is used for ("Gadolinium oxide catalyst powder"); an oxide
  // that names no rare earth ("aluminium oxide catalyst") leaves the catalyst reading alone.
  const catalyst = at(CATALYST, object);
  if (catalyst) {
    const reOxide = at(OXIDE, object);
    if (reOxide && elementsIn(reOxide.text, false).length > 0) return readOxide(reOxide.text);
    // FAQ V excludes CALCINED catalyst powders; a powder not said to be calcined may be a listed oxide or compound mixture.
    const calcined = CALCINED.test(all);
    const powder = POWDER.test(all);
    const r = base("catalyst", catalyst.text, calcined ? "a calcined catalyst powder" : powder ? "a catalyst powder (not said to be calcined)" : "a catalyst");
    r.tradedAs = calcined ? "calcined_catalyst_powder" : "catalyst";
    if (powder && !calcined) {
      r.doubts.push("A catalyst powder not said to be calcined may be a mixture of rare-earth oxides or compounds, which are listed: MOFCOM FAQ V excludes calcined catalyst powders only; ask the supplier for its composition and whether it is calcined.");
    }
    return r;
  }
  const coating = at(COATING, object);
  if (coating) {
    const r = base("coating", coating.text, "a coating");
    r.tradedAs = "coating";
    return r;
  }
  const oxide = at(OXIDE, object);
  if (oxide) return readOxide(oxide.text);
  const alloy = at(ALLOY, object);
  if (alloy) {
    const r = base("alloy", alloy.text, "an alloy");
    r.tradedAs = "listed";
    return r;
  }
  const metal = at(METAL, object);
  if (metal && elementsIn(all, false).some((e) => e !== "Nd" && e !== "Ce" && e !== "La")) {
    const r = base("re_metal", metal.text, "a rare-earth metal");
    r.tradedAs = "listed";
    return r;
  }
  const electronics = at(ELECTRONICS, object);
  if (electronics) {
    const r = base("finished_electronics", electronics.text, "a finished electronic product");
    r.tradedAs = "finished_electronics";
    return r;
  }
  const plain = at(NO_RE, object);
  if (plain) {
    const r = base("no_rare_earth", plain.text, `a ${plain.text}: no rare earth in a part of this kind`);
    r.tradedAs = "not_applicable";
    return r;
  }
  return base("unknown", "", "the description names no kind of part this check knows");
}
