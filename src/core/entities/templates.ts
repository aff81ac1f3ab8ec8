// Feature template numbers: a feature id is featureId(template, valueHash) (hash.ts). Intrinsic templates come
// from one word (per-type cache, features.ts), contextual ones from its sentence and document (docFeatures.ts).

export const WINDOW = 2;
export const OFFSETS = 2 * WINDOW + 1;
/** Extra intrinsic slots: features used only when the token starts its sentence, or only when it does not. */
export const SLOT_INITIAL = OFFSETS, SLOT_NONINITIAL = OFFSETS + 1, SLOTS = OFFSETS + 2;

// Intrinsic templates (each combined with an offset slot 0..4).
export const T_LOWER = 0, T_EXACT = 1, T_SHAPE = 2, T_PRE = 3, T_SUF = 7, T_CL = 11, T_CASING = 15, T_BIAS = 16;
export const intrinsicTemplate = (t: number, k: number): number => t * OFFSETS + k + WINDOW;

// Contextual templates.
export const C_INIT_SHAPE = 201, C_BI_L = 202, C_BI_R = 203, C_SHAPE3 = 204, C_GAZ = 205,
  C_CAPS_SENT = 206, C_DOC_LOWER = 207, C_DOC_TITLE = 208, C_INIT_CASING = 209, C_GAZ_NEAR = 210,
  C_HIST = 211, C_HIST_FIRST = 212, C_CAPS_LOWER = 213;
/** The first contextual features of a token, in order: three always, the last two on ALL-CAPS lines. */
export const CTX_TEMPLATES = Int32Array.of(C_BI_L, C_BI_R, C_SHAPE3, C_CAPS_SENT, C_CAPS_LOWER);
