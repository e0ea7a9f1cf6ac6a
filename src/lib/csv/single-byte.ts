/**
 * Guessing which single-byte code page a text is in, from its letters. Excel's plain "CSV"
 * writes the Windows code page of the machine that saved it: windows-1252 in Western Europe and
 * the Americas, windows-1250 in Central Europe (Polish, Czech, Hungarian), windows-1251 for
 * Cyrillic, windows-1256 for Arabic; older systems write ISO-8859-2 or KOI8-R.
 *
 * Every candidate decodes every byte, so the question is which decoding reads like text. Bytes
 * below 0x80 are ASCII in all of them; each byte above is read as a character of each candidate,
 * and the candidates are scored on the words those characters make:
 * - a letter scores when its word could be written in one of the candidate's languages (all the
 *   word's accented letters belong to that language's alphabet: `Dvořák`, not `Dvoøák`, which
 *   mixes Danish and Czech; Cyrillic and Arabic words have no ASCII letter);
 * - a letter loses when its word's case is impossible (`иВАНОВ`: KOI8-R read as windows-1251);
 * - a symbol between two letters loses (`¯ó³æ`: windows-1250's `Żółć` read as windows-1252), a
 *   control character loses more;
 * - the letters of the language that fits the most words score again: a list mostly in one
 *   language reads as that language (Italian as windows-1252 is all Italian; as windows-1250 it
 *   is a little Czech and a little Slovak).
 * windows-1252 is the usual code page: another one must beat it clearly.
 */

/** The code pages {@link guessSingleByte} chooses from, in the order that wins a tie. */
export const SINGLE_BYTE_CANDIDATES = ['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r', 'windows-1256'] as const;
export type SingleByteCandidate = (typeof SINGLE_BYTE_CANDIDATES)[number];

/** What {@link guessSingleByte} found. */
export interface SingleByteGuess {
  encoding: SingleByteCandidate;
  /**
   * False when the letters hardly tell (few of them, or another candidate scored nearly as
   * well): the encoding is a guess the user should check.
   */
  sure: boolean;
}

const LATIN_WEST = ['äöüß', 'àâæçéèêëîïôœùûüÿ', 'áéíñóúü', 'áâãàçéêíóôõú', 'àèéìíîòóù', 'éëïóöüáè', 'æøåé', 'åäöé', 'äöåšž', 'áéíóúýþæöð', 'àçèéíïòóú'];
const LATIN_CENTRAL = ['äöüß', 'ąćęłńóśźż', 'áčďéěíňóřšťúůýž', 'áäčďéíĺľňóôŕšťúýž', 'áéíóöőúüű', 'ăâîşţșț', 'čćđšž', 'äöüõšž'];
const CYRILLIC = [
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', // Russian
  'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя', // Ukrainian
  'абвгдежзийклмнопрстуфхцчшщъьюя', // Bulgarian
  'абвгдеёжзійклмнопрстуўфхцчшыьэюя', // Belarusian
  'абвгдђежзијклљмнњопрстћуфхцчџш', // Serbian
  'абвгдѓежзѕијклљмнњопрстќуфхцчџш', // Macedonian
];
const ARABIC = ['ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژگکیًٌٍَُِّْـ'];

/** The alphabets (accented letters only, for Latin) of each candidate's languages. */
const LANGUAGES: Record<SingleByteCandidate, readonly string[]> = {
  'windows-1252': LATIN_WEST,
  'windows-1250': LATIN_CENTRAL,
  'iso-8859-2': LATIN_CENTRAL,
  'windows-1251': CYRILLIC,
  'koi8-r': CYRILLIC.slice(0, 3),
  'windows-1256': [...ARABIC, LATIN_WEST[1]!], // French names in Maghreb exports
};

/** Another candidate wins over windows-1252, the usual code page, only with this much more (points, and share of its score). */
const MARGIN = { points: 2, share: 0.1 };
/**
 * Letters that make up most of Russian, Ukrainian and Bulgarian text, and of Arabic, count
 * double: a wrong Cyrillic or Arabic code page reads the same bytes as rarer letters.
 */
const FREQUENT = 'оеаинтсрвлкмдпуя' + 'اليمونهرتبةد';
/** A guess is sure with at least this score, and this lead over the runner-up. */
const SURE = { score: 6, points: 3, share: 0.15 };

/** Per byte 0x80-0xFF of a candidate: what the character is. */
const CONTROL = 0;
const SYMBOL = 1;
const LOWER = 2;
const UPPER = 3;
const UNCASED = 4;

interface Table {
  /** CONTROL, SYMBOL, LOWER, UPPER or UNCASED per high byte. */
  kind: Uint8Array;
  /** Per high byte, a bit per language of the candidate whose alphabet has the (lower-cased) letter. */
  languages: Int32Array;
  /** Per high byte, the character it is. */
  chars: string[];
  /** Per high byte, what its letter counts (see FREQUENT). */
  weight: Uint8Array;
  /** Bits of the languages that are written in Latin letters (their words may have ASCII letters). */
  latin: number;
  allLanguages: number;
}

let tables: Map<SingleByteCandidate, Table> | null = null;

/** The byte tables, built on first use from the platform's decoders. */
function tableOf(candidate: SingleByteCandidate): Table {
  tables ??= new Map(SINGLE_BYTE_CANDIDATES.map((c) => [c, buildTable(c)]));
  return tables.get(candidate)!;
}

function buildTable(candidate: SingleByteCandidate): Table {
  const decoder = new TextDecoder(candidate);
  const kind = new Uint8Array(128);
  const languages = new Int32Array(128);
  const weight = new Uint8Array(128).fill(1);
  const chars: string[] = [];
  const alphabets = LANGUAGES[candidate];
  let latin = 0;
  alphabets.forEach((alphabet, i) => {
    if (/\p{Script=Latin}/u.test(alphabet)) latin |= 1 << i;
  });
  for (let b = 0; b < 128; b++) {
    const c = decoder.decode(Uint8Array.of(0x80 + b));
    chars.push(c);
    if (/\p{Lu}/u.test(c)) kind[b] = UPPER;
    else if (/\p{Ll}/u.test(c)) kind[b] = LOWER;
    else if (/\p{L}|\p{M}/u.test(c)) kind[b] = UNCASED;
    else kind[b] = /\p{Cc}|\p{Cn}|\uFFFD/u.test(c) ? CONTROL : SYMBOL;
    const lower = c.toLowerCase();
    if (FREQUENT.includes(lower)) weight[b] = 2;
    alphabets.forEach((alphabet, i) => {
      if (kind[b]! >= LOWER && alphabet.includes(lower)) languages[b]! |= 1 << i;
    });
  }
  return { kind, chars, languages, weight, latin, allLanguages: (1 << alphabets.length) - 1 };
}

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/**
 * The score of reading `bytes[start, end)` as `candidate` (see the module note): higher reads
 * more like text. Bytes 0x80-0xFF are what it judges; ASCII only shapes the words.
 */
export function singleByteScore(bytes: Uint8Array, candidate: SingleByteCandidate, start = 0, end = bytes.length): number {
  const { kind, languages, weight, latin, allLanguages } = tableOf(candidate);
  /** High letters in words that fit each language: the best language counts once more, below. */
  const perLanguage = new Array<number>(LANGUAGES[candidate].length).fill(0);
  let score = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80 && !isAsciiLetter(b)) {
      i++;
      continue;
    }
    // A word: letters (ASCII, or high bytes that are letters here) up to anything else. Its
    // case is possible when every letter after the first is lower-case, or none is.
    const from = i;
    let high = 0;
    let ascii = 0;
    let fits = allLanguages;
    let lowers = 0;
    let uppersAfterFirst = 0;
    for (; i < end; i++) {
      const c = bytes[i]!;
      let k: number;
      if (c < 0x80) {
        if (!isAsciiLetter(c)) break;
        ascii++;
        k = c <= 0x5a ? UPPER : LOWER;
      } else {
        k = kind[c - 0x80]!;
        if (k <= SYMBOL) {
          // A symbol between two letters breaks a word that should be one (`¯ó³æ`); a control
          // character is never text.
          const next = i + 1 < end ? bytes[i + 1]! : 0x20;
          const letterAfter = next < 0x80 ? isAsciiLetter(next) : kind[next - 0x80]! >= LOWER;
          if (k === CONTROL) score -= 5;
          else if (i > from && letterAfter) score -= 2;
          i++;
          break;
        }
        high += weight[c - 0x80]!;
        fits &= languages[c - 0x80]!;
      }
      if (k === LOWER) lowers++;
      else if (k === UPPER && i > from) uppersAfterFirst++;
    }
    if (high === 0) continue;
    if (ascii > 0) fits &= latin; // a Cyrillic or Arabic word has no ASCII letter
    score += fits !== 0 ? high : -high;
    if (lowers > 0 && uppersAfterFirst > 0) score -= high;
    for (let l = 0; fits !== 0; l++, fits >>>= 1) if (fits & 1) perLanguage[l]! += high;
  }
  return score + Math.max(0, ...perLanguage);
}

/** The candidate whose reading of `bytes[start, end)` scores best (see the module note). */
export function guessSingleByte(bytes: Uint8Array, start = 0, end = bytes.length): SingleByteGuess {
  const scores = SINGLE_BYTE_CANDIDATES.map((candidate) => singleByteScore(bytes, candidate, start, end));
  const west = scores[0]!;
  const needed = west + Math.max(MARGIN.points, MARGIN.share * Math.abs(west));
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > Math.max(needed, scores[best]!)) best = c;
  // Sure: enough letters, and well ahead of every candidate that would read them otherwise
  // (windows-1250 reads German exactly as windows-1252 does).
  const present = new Uint8Array(128);
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) present[bytes[i]! - 0x80] = 1;
  const chosen = tableOf(SINGLE_BYTE_CANDIDATES[best]!).chars;
  const differs = (c: number) => tableOf(SINGLE_BYTE_CANDIDATES[c]!).chars.some((ch, b) => present[b] === 1 && ch !== chosen[b]);
  const top = scores[best]!;
  const runnerUp = Math.max(-Infinity, ...scores.filter((_, c) => c !== best && differs(c)));
  const sure = top >= SURE.score && top - runnerUp >= Math.max(SURE.points, SURE.share * Math.abs(top));
  return { encoding: SINGLE_BYTE_CANDIDATES[best]!, sure };
}
