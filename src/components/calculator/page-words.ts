import { CALCULATOR_PAGES } from './forms/registry.ts';

/** What follows the page's own title in the document title (` · 苏州绩效自评助手`), read once from the built page; null when it does not start with that title. */
let titleTail: string | null | undefined;

/** Whether the lead has been written for another form than the page's (it then follows every change). */
let leadRewritten = false;

/**
 * Makes the calculator page's heading (the h1 of `.calculator-intro`, CalculatorPage.astro), the
 * document title and the lead's words on the form name the form on screen, from
 * {@link CALCULATOR_PAGES} and CALCULATOR_LEADS (forms/page-leads.ts): on /calculator/central/ a
 * Suzhou form (chosen, imported, restored or shared) is headed 绩效自评计算器 and described as on
 * /calculator/ (满分 80, 填表说明), and the other way round. `pageRuleSet` is the form the page was
 * built for (its example's rule set): the tail of the built title after that form's title is kept,
 * and so is the lead's sentence on the page's example and what follows it (the example sentence is
 * hidden while another form is on screen: .own-form, calculator.css). With the page's own form the
 * built text is left as it is. Does nothing for a rule set without page words.
 */
export function showPageWords(ruleSetId: string, pageRuleSet: string, doc: Document = document): void {
  const words = CALCULATOR_PAGES[ruleSetId];
  const own = CALCULATOR_PAGES[pageRuleSet];
  if (!words || !own) return;
  const heading = doc.querySelector('.calculator-intro h1');
  if (heading && heading.textContent !== words.heading) heading.textContent = words.heading;
  if (titleTail === undefined) titleTail = doc.title.startsWith(own.title) ? doc.title.slice(own.title.length) : null;
  if (titleTail !== null && doc.title !== words.title + titleTail) doc.title = words.title + titleTail;
  // The lead's words are fetched the first time another form than the page's is shown (show-lead.ts);
  // calls resolve in order, so the last form asked for is the one written. Not fetched (the network
  // gone): the lead keeps the words it has.
  if (ruleSetId === pageRuleSet && !leadRewritten) return;
  leadRewritten = true;
  import('./forms/show-lead.ts').then(
    (m) => m.showLead(ruleSetId, doc),
    () => undefined,
  );
}
