/**
 * The preparer of a run, on any thread: what a worker needs to prepare pieces of a lead list as
 * this run does (the context, posted to it once), and the lists it checks rows against.
 */
import type { CountryLookup } from '../email/columns.ts';
import type { SuppressionIndex } from '../email/suppression.ts';
import type { PrepareSetup } from './batch-builder.ts';
import { createPreparer } from './preparer.ts';
import type { PieceReading } from './decode-piece.ts';
import type { CleanOptions } from './options.ts';

/** What a worker needs, besides the lists, to prepare pieces of a lead list like this run. */
export interface PrepareContext {
  options: CleanOptions;
  reading: PieceReading;
  delimiter: string;
  emailColumn: number;
  countryColumn: number | null;
}

/** The lists a preparer checks rows against. */
export interface PrepareLists {
  suppression: SuppressionIndex;
  disposable: ReadonlySet<string> | null;
  consentCountries: Iterable<string>;
  countryLookup: CountryLookup;
}

/** The lists a worker loads for itself: all but the suppression index, which the run sends it. */
export type WorkerLists = Omit<PrepareLists, 'suppression'>;

/** The preparer of a run with `context`, on any thread. */
export function createRowPreparer(context: PrepareContext, lists: PrepareLists): PrepareSetup {
  return {
    delimiter: context.delimiter,
    protectFormulas: context.options.protectFormulas,
    emailColumn: context.emailColumn,
    countryColumn: context.countryColumn,
    prepare: createPreparer({
      emailColumn: context.emailColumn,
      optOutColumns: [],
      countryColumn: context.countryColumn,
      options: context.options,
      suppression: lists.suppression,
      disposable: lists.disposable,
      consentCountries: new Set(lists.consentCountries),
      countryLookup: lists.countryLookup,
    }),
  };
}
