/**
 * A qualitative tier's band of points as every page writes it (C11): `9.00～12.00 分（不含 12.00）`
 * when its upper bound belongs to the tier above (half-open, `toInclusive` false in the rule set's
 * tier data), `12.00～15.00 分` when it is included. `from` and `to` in 分, two decimals, as the result
 * gives them. The explanation steps, the SCORE_OUT_OF_BAND message, the calculator's tier hint and the
 * report all use it, so they say the same thing. No dependencies: it sits in the first-paint bundle.
 * @example tierBandWords('9.00', '12.00', false) // '9.00～12.00 分（不含 12.00）'
 */
export function tierBandWords(from: string, to: string, toInclusive: boolean): string {
  return `${from}～${to} 分${toInclusive ? '' : `（不含 ${to}）`}`;
}
