import type { ReactNode } from 'react';
import { useSiteLink } from './locale';

/**
 * The glossary entries tools link to: the anchors Starlight gives their headings on
 * /reference/glossary/ (a unit test checks each one still exists).
 */
export const GLOSSARY_ENTRIES = [
  'adequacy-decision',
  'art-14-notice',
  'consent',
  'controller',
  'corporate-subscriber',
  'data-minimisation',
  'data-protection-officer-dpo',
  'data-subject',
  'disposable-address',
  'eprivacy-directive',
  'eu-representative-art-27',
  'hashed-suppression-list',
  'international-transfer',
  'lawful-basis',
  'legitimate-interest',
  'legitimate-interests-assessment-lia',
  'pecr',
  'personal-data',
  'processor',
  'right-to-object',
  'role-address',
  'soft-opt-in',
  'standard-contractual-clauses-sccs',
  'subject-access-request-sar',
  'supervisory-authority',
  'suppression-list',
] as const;

/** One glossary entry's anchor. */
export type GlossaryEntry = (typeof GLOSSARY_ENTRIES)[number];

interface Props {
  entry: GlossaryEntry;
  children: ReactNode;
}

/**
 * A jargon word linked to its glossary entry (under the site's base path, in the tool's
 * language, at the entry's heading there: src/lib/i18n/anchors.ts), opening in the same tab.
 */
export default function GlossaryLink({ entry, children }: Props) {
  const link = useSiteLink();
  return (
    <a className="tool-term" href={link(`/reference/glossary/#${entry}`)}>
      {children}
    </a>
  );
}
