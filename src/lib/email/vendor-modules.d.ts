/**
 * Types for the one list package that ships no declarations. It is CommonJS: `module.exports`
 * is the whole prefix array, with the four groups attached as properties.
 * https://github.com/mixmaxhq/role-based-email-addresses/blob/master/src/index.js
 */
declare module 'role-based-email-addresses' {
  const roles: readonly string[] & {
    readonly MARKETING: readonly string[];
    readonly NOTIFICATION: readonly string[];
    readonly MEETING: readonly string[];
    readonly OTHER: readonly string[];
  };
  export default roles;
}
