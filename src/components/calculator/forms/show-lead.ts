import { CALCULATOR_LEADS, CALCULATOR_PAGES } from './page-leads.ts';

/** What follows the page's own title in the document title (` · 苏州绩效自评助手`), read once from the built page; null when it does not start with that title. */
let titleTail: string | null | undefined;

/**
 * Makes the calculator page's heading (the h1 of `.calculator-intro`, CalculatorPage.astro), the
 * document title and the lead's words on the form name the form on screen, from
 * {@link CALCULATOR_PAGES} and {@link CALCULATOR_LEADS}: on /calculator/central/ a Suzhou form is
 * headed 绩效自评计算器 and described as on /calculator/ (满分 80, 填表说明), and the other way round.
 * `pageRuleSet` is the form the page was built for (its example's rule set): the tail of the built
 * title after that form's title is kept, and so is the lead's sentence on the page's example and
 * what follows it (hidden while another form is on screen: .own-form, calculator.css). Does nothing
 * for a rule set without page words. Fetched by page-words.ts the first time another form than the
 * page's is shown.
 */
export function showPageWords(ruleSetId: string, pageRuleSet: string, doc: Document): void {
  const words = CALCULATOR_PAGES[ruleSetId];
  const own = CALCULATOR_PAGES[pageRuleSet];
  if (!words || !own) return;
  const heading = doc.querySelector('.calculator-intro h1');
  if (heading && heading.textContent !== words.heading) heading.textContent = words.heading;
  if (titleTail === undefined) titleTail = doc.title.startsWith(own.title) ? doc.title.slice(own.title.length) : null;
  if (titleTail !== null && doc.title !== words.title + titleTail) doc.title = words.title + titleTail;
  showLead(ruleSetId, doc);
}

/**
 * Writes the lead's words on the form for `ruleSetId` (CALCULATOR_LEADS) into the calculator page's
 * lead paragraph (`.calculator-intro .lead`, CalculatorPage.astro): the nodes before its sentence on
 * the page's example (`.lead-example`) are replaced; that sentence and what follows it stay. Does
 * nothing when the lead already says it, or for a rule set without a lead. (A module of its own:
 * LeadParts.astro imports the words, page-leads.ts, when the page is built, and a module imported both
 * ways makes the bundler warn that the dynamic import is ineffective.)
 */
export function showLead(ruleSetId: string, doc: Document): void {
  const parts = CALCULATOR_LEADS[ruleSetId];
  const lead = doc.querySelector('.calculator-intro .lead:not(.lead-shared)');
  const example = lead?.querySelector(':scope > .lead-example');
  if (!parts || !lead || !example || lead.getAttribute('data-lead') === ruleSetId) return;
  while (lead.firstChild && lead.firstChild !== example) lead.removeChild(lead.firstChild);
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  for (const part of parts) {
    if (typeof part === 'string') lead.insertBefore(doc.createTextNode(part), example);
    else {
      const link = doc.createElement('a');
      link.setAttribute('href', `${base}${part.href}`);
      link.textContent = part.text;
      lead.insertBefore(link, example);
    }
  }
  lead.setAttribute('data-lead', ruleSetId);
}
