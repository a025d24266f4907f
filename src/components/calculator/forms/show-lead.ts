import { CALCULATOR_LEADS } from './page-leads.ts';

/**
 * Writes the lead's words on the form for `ruleSetId` (CALCULATOR_LEADS) into the calculator page's
 * lead paragraph (`.calculator-intro .lead`, CalculatorPage.astro): the nodes before its sentence on
 * the page's example (`.lead-example`) are replaced; that sentence and what follows it stay. Does
 * nothing when the lead already says it, or for a rule set without a lead. Called by page-words.ts,
 * which imports this module only when another form than the page's is shown. (A module of its own:
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
