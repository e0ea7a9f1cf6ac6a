/**
 * `coldkit`'s command line: the usage text, and the arguments read into a {@link CleanCommand}
 * or refused with a {@link UsageError} (one line, exit code 2).
 */
import { parseArgs } from 'node:util';
import { quoted } from '../lib/clean/input-error.ts';
import { OPTIONAL_CLASSES, type CleanOptionsInput, type OptionalClass } from '../lib/clean/options.ts';
import { encodingOf, type Encoding } from '../lib/csv/encoding.ts';

export const USAGE = `Usage: coldkit clean LEADS.csv [options]

Deduplicates a lead list and applies suppression lists, on this machine only.

Options:
  --suppress FILE            a suppression file (emails, domains, MD5/SHA-256 hashes); repeatable
  --out FILE                 cleaned list (default: LEADS.cleaned.csv next to the input)
  --report FILE              removal report (default: LEADS.removed.csv next to the input)
  --hashed-suppression FILE  write the hashes of every suppression address to FILE
  --hash sha256|md5          hash for --hashed-suppression (default sha256)
  --email-column NAME        the email column's header (default: detected)
  --encoding ENC             the lead list's encoding, any name a browser knows: utf-8,
                             windows-1252, windows-1250, iso-8859-2, windows-1251, koi8-r,
                             windows-1256, utf-16le, shift_jis … (default: detected)
  --delimiter D              , ; tab or | (default: detected)
  --no-canonical             do not treat Gmail dots and +tags as one mailbox
  --remove LIST              also remove: role, free, consentCountry (comma-separated)
  --keep-disposable          keep disposable-domain addresses (removed by default)
  --no-bom                   write UTF-8 without a byte order mark
  --protect-formulas         prefix cells starting with = + - @ with '
  --threads N                worker threads that read the list beside the main one (default:
                             one per core but one for lists of 16 MB or more, else 0)
  --json                     print the summary as JSON on stdout
  -h, --help                 show this help`;

/** A usage problem: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** What `coldkit clean …` was asked to do. */
export interface CleanCommand {
  input: string;
  suppress: string[];
  /** Output paths as given; undefined: next to the input. */
  out?: string;
  report?: string;
  hashedSuppression?: string;
  options: CleanOptionsInput;
  encoding?: Encoding;
  delimiter?: string;
  emailColumn?: string;
  /** Undefined: chosen by the list's size. */
  threads?: number;
  json: boolean;
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|' };

/** The most worker threads `--threads` takes. */
const MAX_THREADS = 64;

/** Reads the arguments; `help` when the usage was asked for. Throws {@link UsageError}. */
export function parseCommandLine(argv: string[]): CleanCommand | 'help' {
  const { values, positionals } = readArgs(argv);
  if (values.help) return 'help';
  const [command, input, ...rest] = positionals;
  if (command !== 'clean') throw new UsageError(command ? `unknown command ${quoted(command)}; try: coldkit clean LEADS.csv` : 'missing command; try: coldkit clean LEADS.csv');
  if (!input) throw new UsageError('missing the lead list; try: coldkit clean LEADS.csv');
  if (rest.length > 0) throw new UsageError(`unexpected argument ${quoted(rest[0]!)}`);
  if (values.hash !== undefined && values.hash !== 'sha256' && values.hash !== 'md5') throw new UsageError(`--hash takes sha256 or md5; got ${quoted(values.hash)}`);
  const remove = parseRemove(values.remove);
  return {
    input,
    suppress: values.suppress ?? [],
    out: values.out,
    report: values.report,
    hashedSuppression: values['hashed-suppression'],
    options: {
      canonical: values.canonical,
      remove: { disposable: !values['keep-disposable'], role: remove.has('role'), free: remove.has('free'), consentCountry: remove.has('consentCountry') },
      bom: values.bom,
      protectFormulas: values['protect-formulas'],
      hash: values.hash === 'md5' ? 'md5' : 'sha256',
    },
    encoding: values.encoding === undefined ? undefined : parseEncoding(values.encoding),
    delimiter: values.delimiter === undefined ? undefined : parseDelimiter(values.delimiter),
    emailColumn: values['email-column'],
    threads: values.threads === undefined ? undefined : parseThreads(values.threads),
    json: values.json,
  };
}

/** Node's `parseArgs` over our options, its errors as one-line {@link UsageError}s. */
function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        suppress: { type: 'string', multiple: true },
        out: { type: 'string' },
        report: { type: 'string' },
        'hashed-suppression': { type: 'string' },
        hash: { type: 'string' },
        'email-column': { type: 'string' },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        canonical: { type: 'boolean', default: true },
        remove: { type: 'string' },
        'keep-disposable': { type: 'boolean', default: false },
        bom: { type: 'boolean', default: true },
        'protect-formulas': { type: 'boolean', default: false },
        threads: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw usageErrorOf(error);
  }
}

/**
 * `parseArgs`' errors in our words, on one line (its own run to three lines). Node names the
 * option in quotes: `Option '--out <value>' argument missing`, `Unknown option '--bogus'. …`.
 */
function usageErrorOf(error: unknown): Error {
  if (!(error instanceof TypeError) || !('code' in error)) return error instanceof Error ? error : new Error(String(error));
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return new UsageError(`${option} needs a value; to give one that starts with "-", write ${option}=VALUE`);
  }
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return new UsageError(`unknown option ${quoted(option)}; see coldkit --help`);
  return new UsageError(error.message.split('\n')[0]!);
}

function parseRemove(value: string | undefined): Set<OptionalClass> {
  const wanted = new Set<OptionalClass>();
  for (const raw of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = OPTIONAL_CLASSES.find((c) => c.toLowerCase() === raw.toLowerCase());
    if (!match || match === 'disposable') throw new UsageError(`--remove takes role, free and consentCountry; got ${quoted(raw)}`);
    wanted.add(match);
  }
  return wanted;
}

function parseEncoding(value: string): Encoding {
  const encoding = encodingOf(value);
  if (encoding === null) throw new UsageError(`--encoding takes the name of a text encoding (utf-8, windows-1250, iso-8859-2, koi8-r, …); ${quoted(value)} is none`);
  return encoding;
}

function parseDelimiter(value: string): string {
  const delimiter = DELIMITERS[value.toLowerCase()];
  if (!delimiter) throw new UsageError(`--delimiter takes , ; tab or |; got ${quoted(value)}`);
  return delimiter;
}

/** Digits only: `Number` would also read '' as 0, '0x2' as 2 and '1e1' as 10. */
function parseThreads(value: string): number {
  const threads = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(threads <= MAX_THREADS)) throw new UsageError(`--threads takes a whole number from 0 to ${MAX_THREADS}; got ${quoted(value)}`);
  return threads;
}
