import type { ReplyFacts } from './compose.ts';
import type { RequestKind } from './kinds.ts';
import type { LanguageCode } from './languages.ts';

/**
 * Realistic incoming messages for "Try an example", with made-up facts that complete the reply.
 * The page loads this file only when the user asks for an example. The facts are written in the
 * message's language, as the form asks. Names, companies and addresses are fictitious
 * (`.example` domains, RFC 2606). A unit test checks that each message is detected as `kinds`.
 */
export interface ReplyExample {
  id: ExampleId;
  message: string;
  /** What detection finds in it, best first (empty for an automatic reply). */
  kinds: RequestKind[];
  /** The language detection gives. */
  language: LanguageCode;
  requesterName: string;
  address: string;
  /** ISO code of the requester's country. */
  country: string;
  /** How many days ago the message arrived (the deadline counts from then). */
  receivedDaysAgo: number;
  /** How many days ago the sender obtained the data, if the example says. */
  sourceDaysAgo?: number;
  facts: Partial<Omit<ReplyFacts, 'received' | 'sourceDate'>>;
}

/** The examples, in the order the page offers them. */
export const EXAMPLE_IDS = ['erasure', 'source', 'accessDe', 'outOfOffice'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

const ENGLISH_FACTS = {
  source: 'the team page on tulpdata.example',
  purpose: 'our email-security software for companies that run their own mail servers',
  interest: 'you lead IT at a logistics company that, according to its website, runs its own mail servers',
  recipients: 'Lemlist SAS (France, our email-sending tool)',
  retention: 'six months after our last email, unless you answer',
} satisfies Partial<ReplyFacts>;

export const EXAMPLES: Record<ExampleId, ReplyExample> = {
  erasure: {
    id: 'erasure',
    message: 'Hi,\n\nPlease delete all the data you have about me and take me off your list. I never asked to hear from you.\n\nRegards,\nSanne de Vries',
    kinds: ['objection', 'erasure'],
    language: 'en',
    requesterName: 'Sanne de Vries',
    address: 'sanne.devries@tulpdata.example',
    country: 'NL',
    receivedDaysAgo: 2,
    sourceDaysAgo: 30,
    facts: { ...ENGLISH_FACTS },
  },
  source: {
    id: 'source',
    message:
      'Hello,\n\nWhere did you get my email address? I don’t remember ever giving it to you or signing up for anything.\n\nTom Hughes\nHead of Operations, Harbour Freight Ltd',
    kinds: ['source'],
    language: 'en',
    requesterName: 'Tom Hughes',
    address: 'tom.hughes@harbourfreight.example',
    country: 'GB',
    receivedDaysAgo: 1,
    sourceDaysAgo: 21,
    facts: {
      ...ENGLISH_FACTS,
      source: 'the leadership page on harbourfreight.example',
      interest: 'you run operations at a freight company that, according to its website, runs its own mail servers',
    },
  },
  accessDe: {
    id: 'accessDe',
    message:
      'Sehr geehrte Damen und Herren,\n\nnach Art. 15 DSGVO bitte ich um Auskunft, welche personenbezogenen Daten Sie über mich gespeichert haben, und um eine Kopie dieser Daten.\n\nMit freundlichen Grüßen\nJonas Becker',
    kinds: ['access'],
    language: 'de',
    requesterName: 'Jonas Becker',
    address: 'jonas.becker@nordlicht-logistik.example',
    country: 'DE',
    receivedDaysAgo: 3,
    sourceDaysAgo: 45,
    facts: {
      held: 'Vorname,Nachname,E-Mail,Position,Firma\nJonas,Becker,jonas.becker@nordlicht-logistik.example,Leiter IT,Nordlicht Logistik GmbH',
      source: 'die Teamseite auf nordlicht-logistik.example',
      purpose: 'unsere E-Mail-Sicherheitssoftware für Unternehmen, die ihre eigenen Mailserver betreiben',
      interest: 'Sie leiten die IT eines Logistikunternehmens, das laut seiner Website eigene Mailserver betreibt',
      recipients: 'Lemlist SAS (Frankreich, Versand unserer E-Mails), HubSpot Inc. (USA, Kundenverwaltung)',
      retention: 'sechs Monate nach unserer letzten E-Mail, danach löschen wir sie',
      transfer: 'scc',
      transferCountry: 'US',
    },
  },
  outOfOffice: {
    id: 'outOfOffice',
    message:
      'Thank you for your email. I am out of the office until Monday 14 September with no access to email. For anything urgent, please contact office@brightwater.example.\n\nBest regards,\nClaire Martin',
    kinds: [],
    language: 'en',
    requesterName: 'Claire Martin',
    address: 'claire.martin@brightwater.example',
    country: 'IE',
    receivedDaysAgo: 0,
    facts: {},
  },
};
