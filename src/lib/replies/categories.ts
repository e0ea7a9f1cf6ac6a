import { normaliseWord } from './normalise.ts';

/**
 * Categories of personal data (Art. 15(1)(b)) named in the reply's language, not by the column
 * names of the user's list: a German letter says "E-Mail-Adresse", not the CSV header "Email".
 * A column whose name is not recognised keeps the name the user gave it.
 */
export const CATEGORY_IDS = ['name', 'email', 'phone', 'company', 'jobTitle', 'profile', 'website', 'location', 'industry'] as const;

/** One category of contact data. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/**
 * Column names, in the languages of the kit and of the usual CRM exports, by category. Compared
 * normalised, without spaces and punctuation ("E-Mail-Adresse" = "emailadresse").
 */
const COLUMN_NAMES: Record<CategoryId, string[]> = {
  name: [
    'name', 'first name', 'firstname', 'given name', 'last name', 'lastname', 'surname', 'family name', 'full name', 'contact name', 'contact',
    'vorname', 'nachname', 'prénom', 'nom', 'nom complet', 'nombre', 'apellido', 'apellidos', 'nome', 'cognome', 'voornaam', 'achternaam', 'naam',
    'imię', 'nazwisko', 'imię i nazwisko', 'primeiro nome', 'apelido', 'sobrenome', 'förnamn', 'efternamn', 'namn', 'имя', 'фамилия', 'фио',
  ],
  email: [
    'email', 'e-mail', 'mail', 'email address', 'e-mail address', 'work email', 'business email', 'e-mail-adresse', 'adresse e-mail', 'courriel',
    'correo', 'correo electrónico', 'indirizzo email', 'e-mailadres', 'adres e-mail', 'endereço de e-mail', 'e-postadress', 'e-post', 'почта', 'электронная почта',
  ],
  phone: ['phone', 'phone number', 'telephone', 'mobile', 'mobile phone', 'tel', 'telefon', 'telefonnummer', 'téléphone', 'teléfono', 'telefono', 'telefoon', 'telefoonnummer', 'numer telefonu', 'telemóvel', 'телефон'],
  company: [
    'company', 'company name', 'organisation', 'organization', 'account', 'account name', 'employer', 'firma', 'unternehmen', 'société', 'entreprise',
    'empresa', 'azienda', 'società', 'bedrijf', 'organisatie', 'företag', 'компания', 'организация',
  ],
  jobTitle: [
    'title', 'job title', 'position', 'role', 'job role', 'function', 'titel', 'funktion', 'poste', 'fonction', 'cargo', 'puesto', 'ruolo', 'qualifica',
    'functie', 'stanowisko', 'função', 'befattning', 'roll', 'должность',
  ],
  profile: ['linkedin', 'linkedin url', 'linkedin profile', 'profile url', 'xing', 'social profile'],
  website: ['website', 'web', 'url', 'site', 'domain', 'company website', 'webseite', 'site web', 'sitio web', 'sito web', 'webbplats', 'strona www', 'сайт'],
  location: [
    'country', 'city', 'location', 'address', 'region', 'state', 'land', 'stadt', 'ort', 'pays', 'ville', 'país', 'ciudad', 'paese', 'città', 'stad',
    'kraj', 'miasto', 'cidade', 'страна', 'город',
  ],
  industry: ['industry', 'sector', 'branche', 'secteur', 'industria', 'settore', 'sektor', 'branża', 'indústria', 'bransch', 'отрасль'],
};

/** A column name reduced to its letters and digits, lower case, without accents. */
function key(label: string): string {
  return normaliseWord(label).replace(/[^\p{L}\p{N}]/gu, '');
}

const BY_KEY = new Map<string, CategoryId>(CATEGORY_IDS.flatMap((id) => COLUMN_NAMES[id].map((name) => [key(name), id] as const)));

/** The category a column name stands for, or null when it is not recognised. */
export function categoryOf(label: string): CategoryId | null {
  return BY_KEY.get(key(label)) ?? null;
}

/**
 * The categories of data held, in the reply's language and in the order first met: recognised
 * column names become the language's category name (once, however many columns it covers);
 * others keep the name as written.
 */
export function categoryNames(labels: readonly string[], names: Readonly<Record<CategoryId, string>>): string[] {
  return [...new Set(labels.map((label) => {
    const id = categoryOf(label);
    return id ? names[id] : label;
  }))];
}
