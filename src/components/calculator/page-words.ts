import { CALCULATOR_PAGES } from './forms/registry.ts';

/** What follows the page's own title in the document title (` · 苏州绩效自评助手`), read once from the built page; null when it does not start with that title. */
let titleTail: string | null | undefined;

/**
 * Makes the calculator page's heading (the h1 of `.calculator-intro`, CalculatorPage.astro) and the
 * document title name the form on screen, from {@link CALCULATOR_PAGES}: on /calculator/central/ a
 * Suzhou form (chosen, imported, restored or shared) is headed 绩效自评计算器, as on /calculator/, and
 * the other way round. `pageRuleSet` is the form the page was built for (its example's rule set): the
 * tail of the built title after that form's title is kept. With the page's own form the built text
 * is left as it is. Does nothing for a rule set without page words.
 */
export function showPageWords(ruleSetId: string, pageRuleSet: string, doc: Document = document): void {
  const words = CALCULATOR_PAGES[ruleSetId];
  const own = CALCULATOR_PAGES[pageRuleSet];
  if (!words || !own) return;
  const heading = doc.querySelector('.calculator-intro h1');
  if (heading && heading.textContent !== words.heading) heading.textContent = words.heading;
  if (titleTail === undefined) titleTail = doc.title.startsWith(own.title) ? doc.title.slice(own.title.length) : null;
  if (titleTail !== null && doc.title !== words.title + titleTail) doc.title = words.title + titleTail;
}
