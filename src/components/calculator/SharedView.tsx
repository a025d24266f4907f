import { useEffect, useState } from 'preact/hooks';
import type { Form, ScoreOutcome } from '../../engine/index.ts';
// A shared form may be of any form: the report brings every rule set (all.ts installs them).
import { anyRuleSet, defaultRuleSet } from '../../engine/rule-sets/all.ts';
import type { CategoryResult } from '../../engine/result.ts';
import { labelOnForm } from '../../forms/all.ts';
import { resultView, scoreParts } from '../../forms/view.ts';
import { decodeShareCode as decodeWith, type DecodeResult } from '../../share/link-codec.ts';
import { selfScoreTotals, selfTotalNote } from '../report/self-score.ts';
import { Report } from '../report/Report.tsx';
import { score } from './engine-client.ts';
import { TotalBar } from './TotalBar.tsx';

/**
 * A shared form (opened from a link) as the explained report: read-only, every indicator with its
 * steps, the checks and the totals, and a button to copy it into the editor. What a shared form is
 * (someone else's, only in the link) is said above it by the page itself (calculator/index.astro,
 * .lead-shared), from the first paint. Loaded only when the
 * page is opened with a share code in its address (with the link codec).
 */
/**
 * Reads a share link into a form (share/link-codec.ts `decodeShareCode`); a form that does not
 * validate has its problems named in its own form's words (“主管部门” on a central link), as an
 * imported file's are. Never throws.
 */
export function decodeShareCode(href: string): DecodeResult {
  return decodeWith(href, labelOnForm);
}

/** A share link as read: its form scored, or why it cannot be opened (the message and up to five of the problems found). */
export type OpenedLink = { ok: true; form: Form; outcome: ScoreOutcome } | { ok: false; message: string; details: string[] };

/**
 * Reads the share code of a page address (`href`, the code in its hash) and scores its form. Reading,
 * scoring and the report's render are tasks of their own, so none is a long one on load.
 */
export async function openLink(href: string): Promise<OpenedLink> {
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  await nextTask();
  const decoded = decodeShareCode(href);
  if (!decoded.ok) return { ok: false, message: decoded.message, details: (decoded.issues ?? []).slice(0, 5).map((i) => i.message) };
  await nextTask();
  const outcome = score(decoded.form);
  await nextTask();
  return { ok: true, form: decoded.form, outcome };
}

interface Props {
  form: Form;
  outcome: ScoreOutcome;
  onEditCopy: () => void;
  onBack: () => void;
  /** What went wrong with the last action here (编辑副本 when a file could not be fetched), or null. */
  problem?: string | null;
}

export function SharedView({ form, outcome, onEditCopy, onBack, problem = null }: Props) {
  const result = outcome.ok ? outcome.result : null;
  const errors = result?.checks.filter((c) => c.severity === 'error').length ?? 0;
  const warnings = result?.checks.filter((c) => c.severity === 'warning').length ?? 0;
  const ruleSet = anyRuleSet(form.ruleSet) ?? defaultRuleSet;
  const self = result ? selfScoreTotals(result.indicators, result.total, result.execution) : null;
  // On a phone each row's steps start collapsed under its one-line summary; printing opens them all.
  const [collapsed] = useState(() => matchMedia('(max-width: 47.99rem)').matches);
  useEffect(() => {
    const open = () => document.querySelectorAll('.shared-view details').forEach((d) => ((d as HTMLDetailsElement).open = true));
    addEventListener('beforeprint', open);
    return () => removeEventListener('beforeprint', open);
  }, []);
  // A shared form is someone else's: the page's note about the prefilled example gives way to what a
  // shared form is (calculator.css, by :has(.shared-view), from the first paint). While the report is
  // shown, links to anchors of the page (the skip link 跳到正文, the report's own links) move focus
  // without touching the address, which holds the share code (issue 14: the skip link used to close
  // the report).
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href^="#"]');
      const id = link?.getAttribute('href')?.slice(1) ?? '';
      let target: HTMLElement | null = null;
      try {
        target = id ? document.getElementById(decodeURIComponent(id)) : null;
      } catch {
        /* not an anchor */
      }
      if (!target || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <div class="shared-view" data-testid="shared-view">
      <h1 class="shared-print-title">{ruleSet.formTitle}</h1>
      <section class="shared-banner" aria-labelledby="h-shared">
        <h2 id="h-shared">分享的自评表：{form.project?.name ?? '（未填项目名称）'}</h2>
        <p class="shared-actions">
          <button type="button" class="small-button primary-button" onClick={onEditCopy}>
            编辑副本
          </button>
          <button type="button" class="small-button" onClick={onBack}>
            回到我的表单
          </button>
          <button type="button" class="small-button" onClick={() => print()}>
            打印
          </button>
        </p>
        {problem && (
          <p class="toolbar-message" role="alert" data-testid="shared-problem">
            {problem}
          </p>
        )}
      </section>
      <TotalBar
        total={result?.total ?? null}
        max={ruleSet.total}
        parts={scoreParts(ruleSet)}
        categoryResults={(result?.categories as Record<string, CategoryResult> | undefined) ?? null}
        grade={resultView(result).grade}
        errors={errors}
        warnings={warnings}
        invalid={!result}
        selfTotal={self?.total ?? null}
        selfNote={self ? selfTotalNote(self, ruleSet.selfScoreTerm) : null}
        selfTerm={ruleSet.selfScoreTerm}
        summaryId="shared-checks"
      />
      {result ? (
        <Report form={form} result={result} id="shared" collapsed={collapsed} />
      ) : (
        <p role="alert">这份表单无法计分：{outcome.ok ? '' : outcome.issues.map((i) => i.message).join('；')}</p>
      )}
    </div>
  );
}
