/** localStorage key of the list cleaner's saved options (JSON of `CleanOptions` minus per-file choices). */
export const STORAGE_KEY = 'coldkit:list-cleaner:options:v1';
