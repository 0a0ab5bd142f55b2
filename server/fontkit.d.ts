// fontkit (pdfkit's font engine) ships no types; the server uses one function of it.
declare module "fontkit" {
  /** A parsed font: pdfkit takes it wherever it takes font bytes. */
  export type Font = { layout: (text: string) => unknown; postscriptName: string };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
