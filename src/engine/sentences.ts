import type { ExecutionResult, IndicatorResult } from './result.ts';
import type { Step, StepWords } from './steps.ts';

/**
 * What turns a result's steps into Chinese sentences: the functions of explain.ts. Scoring needs the
 * steps, not the sentences, so the engine's scoring modules do not import explain.ts (its sentences
 * are the largest part of the engine): an entry installs it. The engine's index (Node, the CLI, the
 * tests, the pages built ahead of time) and the guide's mini-calculators install it on import; the
 * calculator island installs it when a visitor opens an explanation (issue 13: the calculator loads
 * what a button shows when the button is pressed).
 */
export interface Explainer {
  /** The steps in Chinese sentences, in order, in the form's `words` when given (explain.ts `explainSteps`). */
  explainSteps(steps: readonly Step[], words?: StepWords): string[];
  /** One sentence: how a row got `score` of `weight` 分, in the form's `words` when given (explain.ts `summarize`). */
  summarize(steps: readonly Step[], score: string, weight: string, words?: StepWords): string;
  /** One sentence on the 预算执行率 row (C6): its rate (%, or null) and score (分) (explain.ts `summarizeExecution`). */
  summarizeExecution(steps: readonly Step[], rate: string | null, score: string): string;
}

let installed: Explainer | null = null;

/** Makes `explanation` and `summary` readable on every result, past and future. Idempotent. */
export function installExplainer(explainer: Explainer): void {
  installed = explainer;
}

/** Whether the sentences can be read now (an entry has installed explain.ts). */
export function explainerInstalled(): boolean {
  return installed !== null;
}

/**
 * The installed explainer.
 * @throws Error when none is installed: a programming error (an entry that reads sentences must
 * import the engine's index, or install explain.ts itself); never seen by a visitor.
 */
function explainer(): Explainer {
  // (For developers: an entry that reads the sentences must call installExplainer with explain.ts.)
  if (!installed) throw new Error('explanation sentences are not loaded: installExplainer');
  return installed;
}

/** What a result's lazy sentences are built from, kept under a symbol (not enumerable, not in JSON). */
const SENTENCES = Symbol('sentences');
interface SentenceState {
  steps: readonly Step[];
  /** Row: score and weight (分, two decimals). Execution row: rate (%, or null) and score. */
  a: string | null;
  b: string;
  /** Which summary: a row's or the execution row's. */
  execution: boolean;
  /** The form's words for the fields the sentences name, when they are not the sentences' defaults. */
  words?: StepWords;
  explanation?: string[];
  summary?: string;
}
type WithSentences = { [SENTENCES]: SentenceState };

// One getter/setter pair shared by every result: V8 then gives all rows one shape (a pair per row
// would give each row a shape of its own, slower to build than the sentences themselves).
const EXPLANATION: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: WithSentences) {
    const st = this[SENTENCES];
    return (st.explanation ??= explainer().explainSteps(st.steps, st.words));
  },
  set(this: WithSentences, value: string[]) {
    this[SENTENCES].explanation = value;
  },
};
const SUMMARY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: WithSentences) {
    const st = this[SENTENCES];
    const e = explainer();
    return (st.summary ??= st.execution ? e.summarizeExecution(st.steps, st.a, st.b) : e.summarize(st.steps, st.a!, st.b, st.words));
  },
  set(this: WithSentences, value: string) {
    this[SENTENCES].summary = value;
  },
};

function attach(result: object, state: SentenceState): void {
  Object.defineProperty(result, SENTENCES, { value: state, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(result, 'explanation', EXPLANATION);
  Object.defineProperty(result, 'summary', SUMMARY);
}

/**
 * Adds `explanation` and `summary` to a row's result as enumerable properties built on first read
 * and kept (scoring on every keystroke needs the scores, not the sentences). They sit where plain
 * properties would, so `JSON.stringify`, spreading and equality see the same object as before.
 * `score` and `weight` are the row's 分 as shown (two decimals); `words` the form's words for the
 * fields the sentences name (年度指标值, 完成程度 on the central form), left out when they are the
 * sentences' defaults (the Suzhou form's 目标值, 评价等级), so those sentences stay as they were.
 */
export function attachRowSentences(result: IndicatorResult, steps: readonly Step[], score: string, weight: string, words?: StepWords): void {
  attach(result, { steps, a: score, b: weight, execution: false, ...(words ? { words } : {}) });
}

/** The same for the 预算执行率 row (C5, C6): `rate` in % (two decimals, or null when undefined), `score` in 分. */
export function attachExecutionSentences(result: ExecutionResult, steps: readonly Step[], rate: string | null, score: string): void {
  attach(result, { steps, a: rate, b: score, execution: true });
}
