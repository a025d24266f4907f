import { getCollection, type CollectionEntry } from 'astro:content';
import { suzhou2017 } from '../../engine/index.ts';
import { GROUPS } from '../../content.config.ts';

type Group = (typeof GROUPS)[number];

/** Sidebar group names, in the order of the form (R1); category totals come from the rule set. */
export function groupLabel(group: Group): string {
  const cat = suzhou2017.categories.find((c) => c.id === (group as string));
  if (cat) return `${cat.label}类指标（${cat.total} 分）`;
  const labels: Record<string, string> = {
    start: '入门',
    budget: '表头与预算表',
    common: '各类通用的规则',
    practice: '填报与复核实务',
    readings: '本站解读',
    examples: '示例',
    central: '中央部门项目支出绩效自评表（100 分）',
    'central-rules': '中央表的评分规则（C1–C16）',
    reference: '参考',
  };
  return labels[group] ?? group;
}

/** A page's address: content/docs/rules/band.mdx → /rules/band/. */
export function docHref(entry: CollectionEntry<'docs'>): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${entry.id}/`;
}

export interface NavGroup {
  group: Group;
  label: string;
  items: { id: string; href: string; label: string }[];
}

/** Every guide page, grouped and ordered as the sidebar shows them, and the flat reading order. */
export async function loadNav(): Promise<{ groups: NavGroup[]; flat: CollectionEntry<'docs'>[] }> {
  const all = await getCollection('docs');
  const groups: NavGroup[] = [];
  const flat: CollectionEntry<'docs'>[] = [];
  for (const group of GROUPS) {
    const entries = all.filter((e) => e.data.group === group).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
    if (entries.length === 0) continue;
    flat.push(...entries);
    groups.push({ group, label: groupLabel(group), items: entries.map((e) => ({ id: e.id, href: docHref(e), label: e.data.nav ?? e.data.title })) });
  }
  return { groups, flat };
}

/** The sidebar groups of the central form's guide (/central/); every other group is the Suzhou form's or shared. */
const CENTRAL_GROUPS: ReadonlySet<string> = new Set(['central', 'central-rules']);

/**
 * The sidebar's groups for one page: on a page of the central form's guide its two groups come first
 * (a central user should not scroll past the Suzhou form's chapters to find them); elsewhere the
 * form's order as {@link loadNav} gives it. Previous/next keep the reading order.
 */
export function sidebarGroups(groups: NavGroup[], currentId: string): NavGroup[] {
  const current = groups.find((g) => g.items.some((item) => item.id === currentId));
  if (!current || !CENTRAL_GROUPS.has(current.group)) return groups;
  return [...groups.filter((g) => CENTRAL_GROUPS.has(g.group)), ...groups.filter((g) => !CENTRAL_GROUPS.has(g.group))];
}
