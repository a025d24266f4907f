/** Whether the page's words have been written for another form than the page's (they then follow every change). */
let rewritten = false;

/**
 * Makes the calculator page's heading, document title and lead name the form on screen
 * (forms/show-lead.ts `showPageWords`, with the words of forms/page-leads.ts): on /calculator/central/
 * a Suzhou form (chosen, imported, restored or shared) is headed 绩效自评计算器 and described as on
 * /calculator/, and the other way round. `pageRuleSet` is the form the page was built for (its
 * example's rule set): with the page's own form the built words are left as they are, so nothing is
 * fetched; the words and their writer are fetched the first time another form is shown (issue 13:
 * the first load carries no words the page already has in its HTML). Calls resolve in order, so the
 * last form asked for is the one written. Not fetched (the network gone): the page keeps its words.
 */
export function showPageWords(ruleSetId: string, pageRuleSet: string): void {
  if (ruleSetId === pageRuleSet && !rewritten) return;
  rewritten = true;
  import('./forms/show-lead.ts').then(
    (m) => m.showPageWords(ruleSetId, pageRuleSet, document),
    () => undefined,
  );
}
