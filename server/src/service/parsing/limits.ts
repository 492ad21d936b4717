/** Deepest flow (`[`/`{`) or block nesting accepted; tactics need about 6 (parse.ts's guard). */
export const MAX_NESTING = 256;
