/**
 * How a prepared row is encoded in a batch (`PreparedBatch`): its status code, its flag bits
 * and its removal code. The preparer writes them on any thread, the decider reads them: this
 * module is the one place that says what each number means, and the class bits follow the list
 * of optional classes, so a class added there gets its bit here.
 */
import { OPTIONAL_CLASSES, type OptionalClass } from './summary.ts';

/** Status codes (`PreparedBatch.status`). A blank line: not a data row. */
export const BLANK = 0;
/** The email cell is empty. */
export const MISSING = 1;
/** The email cell is not a valid address. */
export const INVALID = 2;
/** A valid address: the row meets the opt-out, suppression and duplicate checks. */
export const VALID = 3;

/** The flag bit of each optional class: bit i for `OPTIONAL_CLASSES[i]`. */
export const CLASS_BIT = Object.fromEntries(OPTIONAL_CLASSES.map((c, i) => [c, 1 << i])) as Readonly<Record<OptionalClass, number>>;
/** Every class bit: the row's optional classes, `flags & CLASS_MASK`. */
export const CLASS_MASK = (1 << OPTIONAL_CLASSES.length) - 1;
/** The record is written as our writer writes it (`CsvRecord.canonical`): its bytes are copied. */
export const CANONICAL = 1 << OPTIONAL_CLASSES.length;
/** A suppression entry covers the row (its detail is the entry). */
export const SUPPRESSED = CANONICAL << 1;
/** The record holds bytes that are not valid in the encoding (see `PreparedBatch.badAs`). */
export const BAD_BYTES = CANONICAL << 2;

/** `PreparedBatch.flags` is a Uint8Array: a class more than it holds fails here, not silently later. */
const FLAG_BITS = OPTIONAL_CLASSES.length + 3;
if (FLAG_BITS > 8) throw new Error(`row flags need ${FLAG_BITS} bits and a batch stores 8: make PreparedBatch.flags a Uint16Array`);

/** The removal code of a row (`PreparedBatch.removal`): 0 for none, else 1 + the index of the class whose option removes it. */
export function removalCode(removal: OptionalClass | null): number {
  return removal === null ? 0 : OPTIONAL_CLASSES.indexOf(removal) + 1;
}

/** The class a removal code names, or null. */
export function removalOf(code: number): OptionalClass | null {
  return code === 0 ? null : OPTIONAL_CLASSES[code - 1]!;
}

/** The first class (in OPTIONAL_CLASSES order) among class bits, or null for none. */
export function firstClassOf(bits: number): OptionalClass | null {
  return bits === 0 ? null : OPTIONAL_CLASSES[31 - Math.clz32(bits & -bits)]!;
}

/** The optional classes of each combination of class bits (shared lists: never change one). */
export const CLASS_SETS: readonly (readonly OptionalClass[])[] = Array.from({ length: CLASS_MASK + 1 }, (_, bits) => OPTIONAL_CLASSES.filter((_c, i) => bits & (1 << i)));
