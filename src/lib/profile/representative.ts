import type { SenderProfile } from './schema.ts';

/** Where a country sits, as the jurisdictions data says (`region` of each record). */
export type RegionOf = (code: string) => 'EU' | 'EEA' | 'UK' | 'CH' | undefined;

/** What the sender's country means for Art. 27 representatives. */
export interface RepresentativeNeeds {
  /** Sender is established outside the EU/EEA: an EU representative is generally required. */
  eu: boolean;
  /** Sender is established outside the UK: a UK representative is generally required for UK targets. */
  uk: boolean;
}

/**
 * Whether GDPR Art. 27 (and UK GDPR Art. 27) generally requires the sender to designate a
 * representative. Applies when a controller outside the EU (or UK) monitors or offers to people
 * there (Art. 3(2)); Art. 27(2) exempts occasional, low-risk processing, which systematic
 * prospecting usually is not. Unknown country → no claim either way.
 */
export function representativeNeeds(profile: Pick<SenderProfile, 'country'>, regionOf: RegionOf): RepresentativeNeeds {
  if (profile.country === '') return { eu: false, uk: false };
  const region = regionOf(profile.country);
  return { eu: region !== 'EU' && region !== 'EEA', uk: region !== 'UK' };
}
