/**
 * Which list data a run used, read from the installed packages' own package.json at build time,
 * so the page and the CLI report can say "disposable list: disposable-email-domains-js@1.26.0".
 * Kept apart from `lists.ts` so that showing the versions does not pull the lists themselves
 * into the page bundle.
 */
import disposablePackage from 'disposable-email-domains-js/package.json' with { type: 'json' };
import freePackage from 'email-providers/package.json' with { type: 'json' };
import rolePackage from 'role-based-email-addresses/package.json' with { type: 'json' };

/** `<package>@<version>` of the disposable, free-mail and role lists. */
export const LIST_VERSIONS = {
  disposable: `${disposablePackage.name}@${disposablePackage.version}`,
  free: `${freePackage.name}@${freePackage.version}`,
  role: `${rolePackage.name}@${rolePackage.version}`,
} as const satisfies Record<'disposable' | 'free' | 'role', string>;
