import type { IndicatorResult } from '../../engine/result.ts';
import { indicatorView, tierHint, type TierView } from '../../forms/view.ts';

interface Props {
  /** The rule set's qualitative tiers (C11), best first. */
  tiers: TierView[];
  /** The row's 实际完成值 as typed, and its result (null when it is not scored). */
  actual: string;
  /** The row's 指标值, to tell a qualitative row before it is scored (C11, C12). */
  target: string;
  result: IndicatorResult | null;
  /** Names the row for the picker's label: 产出指标第 1 项“培训人次”. */
  rowName: string;
  /**
   * The 实际完成值 the picker replaced, kept so it can be put back (IndicatorRow holds it: typing in
   * the cell forgets it), and how to set it.
   */
  replaced: string | null;
  setReplaced: (value: string | null) => void;
  /** Writes the row's 实际完成值. */
  onActual: (value: string) => void;
}

/** Whether a target reads as qualitative (no digit, or a deadline): the rows that take a tier phrase (C11, C12). */
const isQualitative = (target: string) => target.trim() !== '' && !/\d/.test(target.normalize('NFKC').replace(/\d{4}\s*年.*前/, ''));

/**
 * The 完成等级 picker beside a qualitative row's 实际完成值 on forms with tiers (the central form, C11):
 * choosing a tier writes its phrase (达成年度指标…) into 实际完成值, with the band of the weight it
 * allows beside it. A finance officer's typed actual is what goes onto the printed form; the picker
 * only offers the tier phrases. A native select also changes on ↑/↓ while closed, so a choice cannot
 * be told from browsing: a modal question on every arrow key would be unusable, and refusing arrow
 * keys would leave keyboard users without the picker. So a choice applies at once and, when it
 * replaced typed text that is no tier phrase, a note beside the picker names that text with a button
 * to restore it (as the paste note says what a paste did); choosing the first option again (what the
 * engine read from the typed text) restores it too. Comes with the forms that have tiers
 * (forms/registry.ts `views.tierPick`); renders nothing on a row that takes no tier.
 */
export function TierPick({ tiers, actual, target, result, rowName, replaced, setReplaced, onActual }: Props) {
  const view = indicatorView(result);
  const show = tiers.length > 0 && (view.tier !== undefined || result?.kind === 'qualitative' || (result?.kind !== 'quantitative' && isQualitative(target)));
  if (!show) return null;
  const tierValue = tiers.find((t) => t.phrase === actual.trim())?.phrase ?? '';
  const pickTier = (phrase: string) => {
    if (!phrase) {
      if (replaced !== null) onActual(replaced);
      return setReplaced(null);
    }
    if (phrase === actual.trim()) return;
    if (replaced === null && actual.trim() !== '' && !tierValue) setReplaced(actual);
    onActual(phrase);
  };
  return (
    <span class="tier-pick">
      <select
        aria-label={`${rowName} 完成等级`}
        value={tierValue}
        onChange={(e) => {
          const select = e.currentTarget;
          pickTier(select.value);
          // Nothing to put back: the first option is no choice, the picker keeps showing the tier.
          if (!select.value && replaced === null) select.value = tierValue;
        }}
      >
        {/* The tier the engine read from typed text (a date, the target repeated) shows here, as the hint beside says. */}
        <option value="">{!tierValue && view.tier ? `${view.tier}（由实际完成值读出）` : '选择完成等级…'}</option>
        {/* The tier's name (达成 / 部分达成 / 未达成) fits the narrow column; choosing it writes its phrase (达成年度指标…) into 实际完成值. */}
        {tiers.map((t) => (
          <option key={t.tier} value={t.phrase}>
            {t.tier}
          </option>
        ))}
      </select>
      {view.band && (
        <span class="tier-band" data-testid="tier-band">
          {tierHint(view, tiers)}
        </span>
      )}
      <span class="tier-undo" role="status" data-testid="tier-undo">
        {replaced !== null && `已替换原填的“${replaced}”。`}
      </span>
      {replaced !== null && (
        <button type="button" class="small-button" aria-label={`恢复${rowName}原填的实际完成值“${replaced}”`} onClick={() => pickTier('')}>
          恢复原值
        </button>
      )}
    </span>
  );
}
