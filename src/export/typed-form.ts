import type { ValidationIssue } from '../engine/result.ts';
import type { Form } from '../engine/types.ts';
import { isBlankSubproject, type Draft, type DraftInput } from '../forms/draft.ts';
import { setPath } from '../forms/layout.ts';

/**
 * The form file of what is on screen exactly as typed, for 导出 JSON (the backup the page
 * recommends): the scored form (toInput) with every number cell that does not read as a number yet
 * (`4,8`, `1700.00万`) put back as the text typed, instead of being left out (issue 14: an export
 * never drops a cell silently). Such a file names those cells when it is imported again, so they
 * can be fixed there. `unread` lists them (draft paths, Chinese messages).
 * @example typedForm(draft, toInput(draft)).form.indicators[6].weight // '4,8' (as typed)
 */
export function typedForm(draft: Draft, mapped: DraftInput): { form: Form; unread: ValidationIssue[] } {
  const form = structuredClone(mapped.input) as Form & Record<string, unknown>;
  const unread = mapped.fieldIssues;
  for (const issue of unread) {
    const [block, a, b] = issue.path.split('/');
    if (Object.hasOwn(draft.fields, issue.path)) {
      // A single cell of the layout (项目年份, an amount, 分值…): its path is the form file's.
      setPath(form, issue.path, draft.fields[issue.path]);
    } else if (block === 'indicators' && a && b) {
      const at = mapped.indicatorRows.indexOf(Number(a));
      const row = form.indicators[at] as unknown as Record<string, string> | undefined;
      const typed = (draft.indicators[Number(a)] as unknown as Record<string, string> | undefined)?.[b];
      if (row && typed !== undefined) row[b] = typed;
    }
  }
  // A sub-project whose amount does not read is left out of the scored form: put it back, in its place.
  if (unread.some((i) => i.path.startsWith('subprojects/'))) {
    const scored = mapped.input.subprojects ?? [];
    form.subprojects = draft.subprojects.flatMap((s, i) => {
      if (isBlankSubproject(s)) return [];
      const k = mapped.subprojectRows.indexOf(i);
      return [k >= 0 ? scored[k]! : { name: s.name, amount: s.amount }];
    });
  }
  return { form, unread };
}

/**
 * The short name of a cell from its message: up to the last closing quote before the first `：` or
 * `。` (`产出第 1 项“改造小区数量”的“权重”“4,8”不是数字：…` → `产出第 1 项“改造小区数量”的“权重”“4,8”`).
 */
export function cellName(issue: ValidationIssue): string {
  const head = issue.message.split(/[：。]/, 1)[0] ?? issue.message;
  const end = head.lastIndexOf('”');
  return end >= 0 ? head.slice(0, end + 1) : head;
}

/** Up to five cell names (cellName), then “等 N 格”. */
function listCells(unread: ValidationIssue[]): string {
  return unread.slice(0, 5).map(cellName).join('；') + (unread.length > 5 ? `等 ${unread.length} 格` : '');
}

/** What 导出 JSON says when some cells are not numbers yet (they are in the file as typed). */
export function jsonNotice(unread: ValidationIssue[]): string {
  return `已导出 JSON 文件，所填内容都按原样保存；但其中 ${unread.length} 格还不是数字：${listCells(unread)}。再导入本站前请先改正这些格子（导入时也会逐一指出）。`;
}

/** What 导出 CSV says when it refuses: the cells it would have left out. */
export function csvRefusal(unread: ValidationIssue[]): string {
  return `没有导出 CSV：${unread.length} 格还不是数字，导出会漏掉它们：${listCells(unread)}。请先改正（也可以先导出 JSON，按原样保存）。`;
}
