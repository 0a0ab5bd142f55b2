import { z } from "zod";

/** Every refusal of every route: what went wrong, naming the parameter, header, row or `body` concerned. */
export const errorAnswerSchema = z
  .object({
    error: z.object({
      param: z.string().describe("the parameter, header (`Content-Type`, `Origin`), `body` or `server` concerned"),
      message: z.string().describe("what was wrong and how to put it right"),
    }),
  })
  .meta({ id: "Error" });
