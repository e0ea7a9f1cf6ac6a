/** The built site the e2e tests serve: `dist`, or `E2E_DIST` (to test a build made elsewhere). */
export function siteDir(): string {
  return process.env.E2E_DIST ?? 'dist';
}
