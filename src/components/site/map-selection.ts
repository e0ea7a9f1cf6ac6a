/**
 * Marks countries on a build-time country map (CountryMap.astro) as selected, e.g. the
 * planner's target countries. The map is static HTML passed into an island, so this touches
 * only its `data-selected` attributes.
 */
export function markMapSelection(figure: Element | null, codes: readonly string[]): void {
  if (!figure) return;
  const wanted = new Set(codes);
  for (const link of figure.querySelectorAll<SVGElement>('[data-map-code]')) {
    link.toggleAttribute('data-selected', wanted.has(link.dataset.mapCode ?? ''));
  }
  figure.toggleAttribute('data-has-selection', wanted.size > 0);
}
