import { describe, expect, it } from 'vitest';
import { foldWidth, parseActual, parseTarget, sameUnit } from '../../src/engine/index.ts';

function num(text: string, read = parseTarget) {
  const p = read(text);
  return p.kind === 'number' ? { op: p.operator, value: p.value.toFixed(), unit: p.unit } : p.kind;
}

describe('parseTarget reads operators, numbers and units (R4)', () => {
  it.each([
    ['=13 个', 'eq', '13', '个'],
    ['≥95%', 'ge', '95', '%'],
    ['≧95%', 'ge', '95', '%'],
    ['>=95%', 'ge', '95', '%'],
    ['>0', 'gt', '0', ''],
    ['≤100万元', 'le', '1000000', '元'],
    ['≦100万元', 'le', '1000000', '元'],
    ['<=5%', 'le', '5', '%'],
    ['<5', 'lt', '5', ''],
    ['13', 'eq', '13', ''],
    ['不少于 5 个', 'ge', '5', '个'],
    ['不低于95%', 'ge', '95', '%'],
    ['至少3期', 'ge', '3', '期'],
    ['不超过100万元', 'le', '1000000', '元'],
    ['不高于 5%', 'le', '5', '%'],
    ['不多于2次', 'le', '2', '次'],
    ['至多2次', 'le', '2', '次'],
    ['1,234.50 万元', 'eq', '12345000', '元'],
    ['-3 个', 'eq', '-3', '个'],
    ['−3', 'eq', '-3', ''],
    ['0.5', 'eq', '0.5', ''],
  ])('%s', (text, op, value, unit) => {
    expect(num(text)).toEqual({ op, value, unit });
  });

  it('folds full-width digits, ％, ＝, ＞, ＜, ．and ，', () => {
    expect(num('＝１３个')).toEqual({ op: 'eq', value: '13', unit: '个' });
    expect(num('＞＝９５．５％')).toEqual({ op: 'ge', value: '95.5', unit: '%' });
    expect(num('＜１，２３４')).toEqual({ op: 'lt', value: '1234', unit: '' });
    expect(foldWidth('９８％')).toBe('98%');
  });

  it('reads text with no digit as qualitative', () => {
    expect(parseTarget('合规')).toMatchObject({ kind: 'qualitative', deadline: null });
    expect(parseTarget('好')).toMatchObject({ kind: 'qualitative' });
    expect(parseTarget('')).toMatchObject({ kind: 'qualitative' });
  });

  it('reads deadlines as qualitative', () => {
    expect(parseTarget('2020年10月底前')).toMatchObject({ kind: 'qualitative', deadline: { year: 2020, month: 10, day: null } });
    expect(parseTarget('第3季度')).toMatchObject({ kind: 'qualitative', deadline: { year: null, month: 9, day: null } });
    expect(parseTarget('10月底之前')).toMatchObject({ kind: 'qualitative', deadline: { year: null, month: 10, day: null } });
  });

  it('marks text with digits that does not read as operator + number + unit unparsable', () => {
    expect(parseTarget('约16个').kind).toBe('unparsable');
    expect(parseTarget('≥ 约5').kind).toBe('unparsable');
    expect(parseTarget('1,,2').kind).toBe('unparsable');
    expect(parseTarget('1,1').kind).toBe('unparsable');
    expect(parseActual('12,34').kind).toBe('unparsable');
    expect(parseActual('1,234,567 元')).toMatchObject({ kind: 'number', unit: '元' });
  });
});

describe('parseActual drops operators and reads grades (R4, R5)', () => {
  it('drops a leading operator', () => {
    expect(num('=16 个', parseActual)).toEqual({ op: 'eq', value: '16', unit: '个' });
    expect(num('≥98%', parseActual)).toEqual({ op: 'eq', value: '98', unit: '%' });
    expect(parseActual('＝好')).toMatchObject({ kind: 'grade', grade: '好' });
  });
  it('reads the five grades', () => {
    for (const g of ['好', '较好', '一般', '较差', '差']) expect(parseActual(` ${g} `)).toMatchObject({ kind: 'grade', grade: g });
  });
  it('reads blank and operator-only as blank', () => {
    expect(parseActual('').kind).toBe('blank');
    expect(parseActual('   ').kind).toBe('blank');
    expect(parseActual('≥').kind).toBe('blank');
    expect(parseActual(undefined).kind).toBe('blank');
  });
  it('reads other words as text and garbage with digits as unparsable', () => {
    expect(parseActual('优秀').kind).toBe('text');
    expect(parseActual('达标').kind).toBe('text');
    expect(parseActual('约16个').kind).toBe('unparsable');
  });
});

describe('sameUnit', () => {
  it('ignores spaces and a unit on one side only', () => {
    expect(sameUnit('万 元', '万元')).toBe(true);
    expect(sameUnit('', '个')).toBe(true);
    expect(sameUnit('个', '次')).toBe(false);
  });
});
