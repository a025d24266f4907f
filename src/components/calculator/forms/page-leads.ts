/**
 * One piece of a calculator page's lead: plain text, or a link (its text and its site-relative
 * address, without the site's base path).
 */
export type LeadPart = string | { text: string; href: string };

/**
 * What each form's calculator page says about its form in the paragraph under the heading (before the
 * sentence on the prefilled example, which stays the page's own): the page that opens on that form
 * (/calculator/ for `suzhou-2017`, /calculator/central/ for `central-2020`) is built with it, and on
 * either page show-lead.ts writes it while a form of that kind is on screen, as it does the heading
 * and the title of {@link CALCULATOR_PAGES}. Loaded only when the other form is shown (page-words.ts):
 * the calculator's first load carries no words it already has in its HTML (issue 13's JavaScript
 * budget). A third form adds its line here.
 */
export const CALCULATOR_LEADS: Readonly<Record<string, readonly LeadPart[]>> = {
  'suzhou-2017': [
    '苏州市级财政支出项目绩效自评表按表上所附的填表说明计分（示例是 2020 年度的表），中央部门项目支出绩效自评表按',
    { text: '中央表指南', href: '/central/' },
    '中的规则计分（',
    { text: '中央表计算器', href: '/calculator/central/' },
    '预填中央表的示例）；规则没有写到的地方按',
    { text: '本站解读', href: '/readings/' },
    '。',
  ],
  'central-2020': [
    '中央部门项目支出绩效自评表（财预〔2020〕10号表式，满分 100 分）按',
    { text: '中央表指南', href: '/central/' },
    '中的规则计分，给出优／良／中／差；规则没有写到的地方按',
    { text: '本站解读', href: '/central/readings/' },
    '。苏州市级的 80 分表请用',
    { text: '苏州表计算器', href: '/calculator/' },
    '，或在下面的“自评表类型”中改选。',
  ],
};

/** The words of a form's calculator page: its heading (h1) and its title (the site's name is added after it). */
export interface CalculatorPageWords {
  heading: string;
  title: string;
}

/**
 * Each form's calculator page words: the page that opens on that form (/calculator/ for
 * `suzhou-2017`, /calculator/central/ for `central-2020`) is built with them, and on either page the
 * calculator shows them in the heading and the document title while a form of that kind is on screen
 * (chosen under 自评表类型, imported, restored or opened from a share link: page-words.ts, show-lead.ts).
 * Here with the leads, so that they too load only when the other form is shown. A third form adds its line here.
 */
export const CALCULATOR_PAGES: Readonly<Record<string, CalculatorPageWords>> = {
  'suzhou-2017': { heading: '绩效自评计算器', title: '自评计算器' },
  'central-2020': { heading: '中央部门项目支出绩效自评表计算器', title: '中央部门项目支出绩效自评表计算器' },
};
