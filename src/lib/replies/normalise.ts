/**
 * The one text normalisation used by detection, on both sides: the phrases of the index and the
 * incoming message. Lower-cased, accents and other combining marks removed (Fuse's
 * `ignoreDiacritics` does the same inside the search), every run of punctuation and spaces
 * turned into one space, and a space in front, so that a phrase can only match at the start of
 * a word (" stop" matches "stop" and "stopped", not "nonstop").
 */
export function normaliseForMatch(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters that do not decompose into a base letter plus a mark.
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ё/g, 'е')
    // Hyphens join words ("e-mail" = "email"); apostrophes split them ("l'adresse" = "l adresse").
    .replace(/[-‐‑]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded === '' ? '' : ` ${folded}`;
}
