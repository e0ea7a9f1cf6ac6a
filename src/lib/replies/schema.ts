import { z } from 'zod';
import { languageCodesOf } from '../languages/recipients.ts';
import { CATEGORY_IDS, type CategoryId } from './categories.ts';
import { MESSAGE_KINDS, type MessageKind } from './kinds.ts';
import { normaliseForMatch } from './normalise.ts';
import { patternProblem } from './patterns.ts';
import { isPlaceholder, placeholdersIn } from './template.ts';


/** A template string: text with `{placeholder}`s, every one of them known (see `PLACEHOLDERS`). */
const templateString = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    for (const name of placeholdersIn(text)) {
      if (!isPlaceholder(name)) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${name}} in "${text}"` });
    }
    if (/[{}]/.test(text.replace(/\{[A-Za-z]+\}/g, ''))) ctx.addIssue({ code: 'custom', message: `unbalanced brace in "${text}"` });
  });

/**
 * One sentence, or alternatives from the most to the least specific; the first one whose facts
 * are all known is used, and the line is dropped when none is (see `template.ts`).
 */
const line = z.union([templateString, z.array(templateString).min(1)]);
/** Sentences that run on as one paragraph. */
const paragraph = z.array(line).min(1);
/** Paragraphs, each separated by a blank line in the reply. */
const paragraphs = z.array(paragraph).min(1);

/** A detection pattern (see `patterns.ts`); a broken one is refused with what is wrong. */
const pattern = z.string().superRefine((source, ctx) => {
  const problem = patternProblem(source);
  if (problem) ctx.addIssue({ code: 'custom', message: `pattern "${source}": ${problem}` });
});

/** The detection patterns of one language, by kind. */
const patternsByKind = z.strictObject(
  Object.fromEntries(MESSAGE_KINDS.map((kind) => [kind, z.array(pattern).min(3)])) as Record<MessageKind, z.ZodArray<typeof pattern>>,
);

/** A plain phrase for a mailbox filter rule: words only, as a filter's "has the words" takes them. */
const filterPhrase = z
  .string()
  .min(2)
  .refine((p) => normaliseForMatch(p).length > 1, { error: 'a phrase needs at least one letter or digit' });

/**
 * One language's data file: the reply templates in that language, with the official GDPR
 * terminology of its language version, and the phrases that detect each kind of request.
 */
export const languagePackSchema = z.strictObject({
  /** ISO 639-1 code, e.g. "de". */
  code: z.enum(languageCodesOf('replies')),
  /** The language's own name, e.g. "Deutsch". */
  name: z.string().min(2),
  /** The English name, shown in the page's language menu, e.g. "German". */
  englishName: z.string().min(2),
  /** BCP 47 locale for dates (`Intl.DateTimeFormat`), e.g. "de-DE". */
  locale: z.string().min(2),
  /** How replies in this language cite the regulation: the EU GDPR, and the UK GDPR for UK requesters. */
  gdpr: z.strictObject({ eu: z.string().min(3), uk: z.string().min(3) }),
  /** What separates a field name from its value in the list of data held: ": ", or " : " with a no-break space in French. */
  colon: z.string().min(1).max(3).default(': '),
  /** Where the terminology comes from: the official language version, or a note where there is none. */
  terminology: z.string().min(10),
  /**
   * The word the notice generator asks recipients to reply with to opt out (its template's
   * `replyKeyword`), and that replies offer in turn. Always detected as an objection.
   */
  optOutKeyword: z.string().min(2),
  detection: z.strictObject({
    /** Frequent short words of the language, used to tell which language a message is in. */
    stopwords: z.array(z.string().min(1)).min(15),
    /** Letters found in this language and few others (ñ, ą, å …); each one in a message counts for it. */
    letters: z.string().default(''),
    /** Words that start a quoted earlier message in a reply ("wrote:", "schrieb:"); text after them is ignored. */
    quoteMarkers: z.array(z.string().min(3)).min(1),
    /** Patterns that signal each kind, as people write them (not as the law does). */
    patterns: patternsByKind,
    /**
     * Plain phrases for mailbox filter rules (the downloadable opt-out list): each one is
     * detected as an objection or an erasure request (a unit test checks it).
     */
    filterPhrases: z.array(filterPhrase).min(5),
  }),
  reply: z.strictObject({
    /** "Dear {name}," with a fallback for an unknown name. */
    greeting: line,
    /** Thanks for the message, with the date received. */
    thanks: line,
    legalBasis: z.strictObject({
      /** The lawful basis (Art. 6(1)(f)) and why this person was contacted. */
      answer: paragraphs,
      /** "We write to people one at a time": only when the user ticks that it is true. */
      oneAtATime: paragraph,
      /** The right to object (Art. 21(2)); left out when the reply already confirms an objection or erasure. */
      offerObjection: paragraph,
    }),
    source: z.strictObject({
      /** Where the data came from and when (Art. 14(2)(f), Art. 15(1)(g)). */
      answer: paragraphs,
      /** Offer to delete; left out when the reply already confirms an erasure or objection. */
      offerErasure: paragraph,
    }),
    access: z.strictObject({
      /** Confirmation that data are processed and that a copy follows (Art. 15(1), 15(3)). */
      intro: paragraph,
      /**
       * The same when erasure is asked too: the copy follows and the data are erased once the
       * reply is sent (never "here is a copy" beside "we have erased").
       */
      introBeforeErasure: paragraph,
      /** Heading of the list of the data held. */
      dataHeading: line,
      /**
       * Art. 15(1)(a)–(h), one line each, each ending with a fallback that needs no fact of the
       * user's, or that shows the {missing} marker where a fact must not be guessed (recipients).
       * (f) names the requester's supervisory authority, so the reply says it once.
       */
      items: z.strictObject({ a: line, b: line, c: line, d: line, e: line, f: line, g: line, h: line }),
      /**
       * For UK requesters, in place of item (f): (ea) the right to complain to the sender (UK GDPR
       * Art. 15(1)(ea), Data Protection Act 2018 s. 164A), and (f) the right to complain to the UK
       * authority under DPA 2018 s. 165. UK GDPR Art. 77 was omitted by the Data (Use and Access)
       * Act 2025 s. 103(6) from 19 June 2026, so no UK letter cites it.
       */
      itemsUk: z.strictObject({ ea: line, f: line }),
      /**
       * Art. 15(2): the safeguards for transfers abroad, as the user answered: none, an adequacy
       * decision (UK: transfers approved by regulations, Art. 45A), or standard clauses; until
       * answered, the {missing} marker. EU/EEA wording, and UK wording for UK requesters.
       */
      transfers: z.strictObject({
        eu: z.strictObject({ none: line, adequacy: line, scc: line, unknown: line }),
        uk: z.strictObject({ none: line, adequacy: line, scc: line, unknown: line }),
      }),
      /** Closing of the access answer (free copy, other formats). */
      outro: paragraph,
    }),
    rectification: paragraphs,
    erasure: paragraphs,
    /** The erasure, in the future tense, when the reply also carries the copy of the data. */
    erasureAfterAccess: paragraphs,
    objection: paragraphs,
    notInterested: paragraphs,
    complaint: paragraphs,
    /** The minimal suppression record kept after an erasure or objection, as the address or its hash. */
    suppression: z.strictObject({ address: paragraph, hash: paragraph }),
    /** The right to complain (Art. 77) and the requester's supervisory authority; in every reply (in item (f) of an access answer). */
    authority: paragraph,
    /**
     * The same for UK requesters: the right to complain to the sender (DPA 2018 s. 164A) and to
     * the UK authority (DPA 2018 s. 165), which replaced UK GDPR Art. 77.
     */
    authorityUk: paragraph,
    /** How to reach the sender: privacy contact, DPO, representative, privacy notice. */
    contact: paragraph,
    /** "Kind regards," */
    closing: line,
    /** The visible marker of a fact the user must still give, e.g. "[to be completed]". */
    missing: z.string().regex(/^\[.+\]$/, 'expected a marker in square brackets'),
    /** Categories of data in this language, for the column names of the user's list (see `categories.ts`). */
    categories: z.strictObject(Object.fromEntries(CATEGORY_IDS.map((id) => [id, z.string().min(2)])) as Record<CategoryId, z.ZodString>),
  }),
});

/** A validated language pack. */
export type LanguagePack = z.output<typeof languagePackSchema>;
/** A language pack as written in its data file. */
export type LanguagePackInput = z.input<typeof languagePackSchema>;
