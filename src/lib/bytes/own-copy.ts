/**
 * A flat copy of `s` that shares no memory with the string it was cut from. A short piece cut
 * from a parsed 1 MB chunk is a V8 "sliced string" that keeps the whole chunk alive; anything
 * stored for the length of a run (index keys, memo keys) must be copied with this first.
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
