/**
 * The calculator for the Suzhou form (苏州市级财政支出项目绩效自评表, rule set `suzhou-2017`): installs
 * its rule set with the mechanisms only it uses (band rules R10–R14, budget identities R18–R21), its
 * layout and its blocks (金额块, 项目资金构成), then is the calculator island itself. /calculator/ uses
 * it as its island, so nothing of the other forms loads there; another page loads it when a form of
 * this kind is opened (registry.ts `loadCalculatorForm`).
 */
import { suzhouKit } from '../../../engine/rule-sets/suzhou-2017.kit.ts';
import { suzhouLayout } from '../../../forms/suzhou-2017/layout.ts';
import { MoneyBlock } from '../MoneyBlock.tsx';
import { SubprojectTable } from '../SubprojectTable.tsx';
import { installCalculatorForm } from './registry.ts';

installCalculatorForm({ kit: suzhouKit, layout: suzhouLayout, views: { money: MoneyBlock, list: SubprojectTable } });

export { default } from '../Calculator.tsx';
