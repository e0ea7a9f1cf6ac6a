/** The regions of the jurisdictions data: EU member, other EEA member, the UK, Switzerland. */
export type Region = 'EU' | 'EEA' | 'UK' | 'CH';

/**
 * True when the sender is established outside the area its requester's data protection law
 * protects (the EU/EEA, or the UK for a UK requester): the data are then processed outside it,
 * and "we do not transfer your data outside the EEA/UK" would mislead, so the composer does not
 * offer it and asks for the basis instead. False when the sender's country is not given: the
 * user answers for themselves.
 */
export function senderOutsideArea(senderCountry: string, requesterRegion: Region | null, regionOf: (code: string) => Region | undefined): boolean {
  if (senderCountry === '') return false;
  const senderRegion = regionOf(senderCountry);
  if (requesterRegion === 'UK') return senderRegion !== 'UK';
  return senderRegion !== 'EU' && senderRegion !== 'EEA';
}
