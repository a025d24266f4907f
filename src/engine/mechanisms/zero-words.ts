import { sameText } from '../parse/fold.ts';
import type { ParsedValue } from '../parse/value.ts';

const MEANS_NONE = /^(零|无|未发生|没有)/;

/**
 * How an actual meets a zero in words (R27: 零事故, 无重大安全事故, 杜绝质量事故 read as `=0`):
 * `met` by 0 with any unit, by text beginning with 零, 无, 未发生 or 没有 (with no digit but 0), or by the target's own
 * text copied (folded, a leading `=` dropped); `notMet` by any other number; `other` for anything
 * else (a grade word or tier phrase is then graded by the rule set's qualitative scheme, else the
 * row is `UNPARSABLE_VALUE`).
 * @example zeroWordActual('零事故', parseActual('0起')) // 'met'
 */
export function zeroWordActual(targetText: string, actual: ParsedValue): 'met' | 'notMet' | 'other' {
  if (actual.kind === 'number') return actual.value.isZero() ? 'met' : 'notMet';
  if (actual.kind === 'blank' || actual.kind === 'range') return 'other';
  const text = actual.text;
  // 零事故, 无, 未发生安全事故; also 无（0起）: words of none whose only digits are zeros.
  if (MEANS_NONE.test(text) && !/[1-9]/.test(text)) return 'met';
  if (actual.kind === 'unparsable') return 'other';
  return sameText(text) === sameText(targetText) ? 'met' : 'other';
}
