/**
 * The calculator for the central form (项目支出绩效自评表, 财预〔2020〕10号, rule set `central-2020`):
 * installs its rule set with the mechanisms only it uses (proportional scoring C7–C8, tiers with
 * bands C11, the execution row C5–C6), its layout, its 项目资金 table and its 完成等级 picker, then is the calculator
 * island itself. /calculator/central/ uses it as its island, so nothing of the Suzhou form loads
 * there; another page loads it when a form of this kind is opened (registry.ts `loadCalculatorForm`).
 */
import { centralKit } from '../../../engine/rule-sets/central-2020.kit.ts';
import { centralLayout } from '../../../forms/central-2020/layout.ts';
import { MoneyTable } from '../MoneyTable.tsx';
import { TierPick } from '../TierPick.tsx';
import { installCalculatorForm } from './registry.ts';

installCalculatorForm({ kit: centralKit, layout: centralLayout, views: { moneyTable: MoneyTable, tierPick: TierPick } });

export { default } from '../Calculator.tsx';
