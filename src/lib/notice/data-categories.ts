import type { DataCategory } from './campaign.ts';
import { languageText, type LanguageCode } from './languages.ts';

/** A data category other than the free-text "other". */
export type KnownCategory = Exclude<DataCategory, 'other'>;

/**
 * Words that name a category in the column headers of lead lists and CRM exports, in the nine
 * notice languages, folded (lower case, no accents, no punctuation). Checked in this order, so
 * "Company name" is a company and "LinkedIn URL" is not a name.
 */
const HEADER_WORDS: [KnownCategory, RegExp][] = [
  ['linkedin', /linkedin/],
  ['workEmail', /\b(e ?mail|mail|courriel|correo|e ?postadress|epost)\b/],
  ['phone', /\b(phone|telephone|mobile|cell|tel|telefon|telefono|telefoon|telefone|telefonnummer|komorka)\b/],
  ['company', /\b(company|organi[sz]ation|account|employer|firma|unternehmen|entreprise|societe|empresa|azienda|societa|bedrijf|organizacja|foretag)\b/],
  ['jobTitle', /\b(job ?title|title|position|role|function|jobtitle|poste|fonction|titre|cargo|puesto|ruolo|qualifica|functie|stanowisko|funkcja|befattning|roll)\b/],
  ['name', /\b(name|full ?name|first ?name|last ?name|surname|given ?name|vorname|nachname|prenom|nom|nombre|apellidos?|nome|cognome|voornaam|achternaam|naam|imie|nazwisko|apelido|fornamn|efternamn|namn)\b/],
  ['location', /\b(city|country|location|town|region|state|ort|stadt|land|ville|pays|ciudad|pais|citta|paese|stad|miasto|kraj|cidade|lokalizacja|localizacao)\b/],
];

/** Lower case, accents and punctuation removed: "E-Mail-Adresse" → "e mail adresse". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The data category a column header names, e.g. "First Name" → `name`, "E-Mail" → `workEmail`,
 * "Société" → `company`; `null` when it names none of them (e.g. "Lead score"). For tools that
 * hold a row of a list and must describe it in a letter: the letter then uses the category's
 * label in its own language ({@link categoryLabel}), never the header.
 */
export function categoryOfHeader(header: string): KnownCategory | null {
  const folded = fold(header);
  if (folded === '') return null;
  return HEADER_WORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/** A category's label in a notice language, from that language's template, e.g. (`workEmail`, `de`) → "geschäftliche E-Mail-Adresse". */
export function categoryLabel(category: KnownCategory, language: LanguageCode): string {
  return languageText(language).dataCategories[category];
}
