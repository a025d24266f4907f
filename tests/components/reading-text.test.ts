import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ReadingText } from '../../src/components/ReadingText.tsx';
import { scoreForm } from '../../src/engine/index.ts';
import { formOf } from '../helpers/forms.ts';

const html = (text: string) => renderToString(h(ReadingText, { text }));

describe('ReadingText links every reading a sentence names', () => {
  it('links R- and C-numbers to their pages and anchors', () => {
    expect(html('完成率按 100% 计（本站解读 R9）。')).toBe('完成率按 100% 计（本站解读 <a href="/readings/#r9" class="reading-link">R9</a>）。');
    expect(html('（本站解读 R27、R9）')).toBe(
      '（本站解读 <a href="/readings/#r27" class="reading-link">R27</a>、<a href="/readings/#r9" class="reading-link">R9</a>）',
    );
    expect(html('（本站解读 C11）')).toBe('（本站解读 <a href="/central/readings/#c11" class="reading-link">C11</a>）');
    expect(html('（本站解读选项 C5）')).toBe('（本站解读选项 <a href="/central/readings/#c5" class="reading-link">C5</a>）');
  });
  it('leaves sentences without a reading as they are, escaped', () => {
    expect(html('权重 4.80 分（表上填写）。')).toBe('权重 4.80 分（表上填写）。');
    expect(html('<b>x</b>')).toBe('&lt;b>x&lt;/b>');
  });
  it('every default reading an explanation rests on is named (zero target, ≤ words, deadlines, ranges)', () => {
    const r = scoreForm(
      formOf([
        { category: 'output', name: '甲', target: '≤0%', actual: '-8.5%' },
        { category: 'output', name: '乙', target: '控制在5%以内', actual: '3%' },
        { category: 'output', name: '丙', target: '2022年12月31日前', actual: '2022年11月' },
        { category: 'output', name: '丁', target: '90%-100%', actual: '95%' },
      ]),
    );
    expect(r.indicators.map((i) => i.explanation.some((s) => /本站解读 R(9|22|26|23)/.test(s)))).toEqual([true, true, true, true]);
  });
});
