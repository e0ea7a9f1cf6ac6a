// The site's own config with minification off: profile.ts builds the site with it so that a CPU
// profile of the list cleaner's worker shows our function names instead of minified ones.
import config from '../astro.config.mjs';

export default { ...config, vite: { ...config.vite, build: { ...config.vite?.build, minify: false } } };
