import { Fragment } from 'preact';

/**
 * Where each family of readings is listed: R-numbers (suzhou-2017, scoring-decisions.md) on
 * /readings/, C-numbers (central-2020, central-2020.md) on /central/readings/. Anchors are `#r22`, `#c11`.
 */
const READING_PAGES: Record<string, string> = { R: '/readings/#r', C: '/central/readings/#c' };

// “本站解读 R22”, “本站解读 R27、R9”, “本站解读 R22–R24”, “本站解读选项 C5”.
const MARK = /本站解读(?:选项)?\s*([RC]\d+(?:\s*[、，,–-]\s*[RC]?\d+)*)/g;
const NUMBER = /([RC])?(\d+)/g;

/**
 * A sentence of the engine's explanation with every “本站解读 Rn / Cn” it names turned into a link to
 * that reading (issue 12: each step that rests on a reading names it and links to it). Text only:
 * nothing of the sentence is parsed as HTML.
 */
export function ReadingText({ text }: { text: string }) {
  const parts: preact.ComponentChildren[] = [];
  let last = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const listStart = m.index + m[0].length - m[1]!.length;
    parts.push(text.slice(last, listStart));
    let family = 'R';
    let pos = 0;
    NUMBER.lastIndex = 0;
    for (let n = NUMBER.exec(m[1]!); n; n = NUMBER.exec(m[1]!)) {
      parts.push(m[1]!.slice(pos, n.index));
      family = n[1] ?? family;
      parts.push(
        <a href={`${READING_PAGES[family]}${n[2]}`} class="reading-link">
          {n[0]}
        </a>,
      );
      pos = n.index + n[0].length;
    }
    parts.push(m[1]!.slice(pos));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </>
  );
}

/**
 * An explanation's steps as a numbered list, each sentence with its 本站解读 linked (ReadingText):
 * the one way the calculator, the shared report and the mini-calculators show an engine explanation.
 */
export function ReadingSteps({ sentences, class: className }: { sentences: readonly string[]; class?: string }) {
  return (
    <ol class={className}>
      {sentences.map((s, i) => (
        <li key={i}>
          <ReadingText text={s} />
        </li>
      ))}
    </ol>
  );
}
