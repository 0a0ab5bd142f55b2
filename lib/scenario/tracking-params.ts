/**
 * Parameters that link shorteners, newsletters, ads and social sites add to a shared link. They say nothing about
 * the scenario, so every route ignores them (scenario answers list them in `warnings`) rather than refusing the link.
 * Names are compared in lower case. The list is documented in README ("Parameters the API ignores").
 */
export const TRACKING_PARAM_PREFIXES = ["utm_"] as const;

export const TRACKING_PARAMS = [
  "fbclid", // Facebook
  "gclid", "gbraid", "wbraid", "dclid", // Google Ads, Display & Video 360
  "_ga", "_gl", // Google Analytics cross-domain linker
  "msclkid", // Microsoft Advertising
  "twclid", // X (Twitter) ads
  "li_fat_id", // LinkedIn
  "igshid", // Instagram share
  "yclid", // Yandex
  "mc_cid", "mc_eid", // Mailchimp
  "_hsenc", "_hsmi", // HubSpot
  "mkt_tok", // Marketo
  "ref_src", // X (Twitter) embeds
] as const;

const EXACT = new Set<string>(TRACKING_PARAMS);

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return EXACT.has(n) || TRACKING_PARAM_PREFIXES.some((p) => n.startsWith(p) && n.length > p.length);
}
