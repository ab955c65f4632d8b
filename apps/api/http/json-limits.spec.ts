import { BodyTooComplexError, checkJsonLimits, type JsonLimits } from './json-limits';

const limits: JsonLimits = { maxDepth: 3, maxProperties: 3, maxArrayLength: 3, maxTotal: 8 };
const check = (text: string) => () => checkJsonLimits(Buffer.from(text, 'utf8'), limits);
const refusal = (text: string) => {
  try {
    checkJsonLimits(Buffer.from(text, 'utf8'), limits);
  } catch (error) {
    return { message: (error as BodyTooComplexError).message, field: (error as BodyTooComplexError).field };
  }
  return null;
};

describe('checkJsonLimits', () => {
  it('lets bodies within every limit through, whatever their strings hold', () => {
    expect(check('{"a":1,"b":[1,2,3],"c":{"d":"x"}}')).not.toThrow();
    expect(check('{"a":"{{{{[[[[,,,,::::\\"}}}","b":"é,:{["}')).not.toThrow();
    expect(check('[]')).not.toThrow();
    expect(check('{}')).not.toThrow();
    expect(check('[[[]]]')).not.toThrow();
  });

  it('refuses depth, properties, array length and totals, naming where', () => {
    expect(refusal('{"a":{"b":{"c":{}}}}')).toEqual({ message: expect.stringMatching(/nested more than 3/), field: 'a.b.c' });
    expect(refusal('{"a":{"w":1,"x":2,"y":3,"z":4}}')).toEqual({ message: expect.stringMatching(/more than 3 properties/), field: 'a' });
    expect(refusal('{"list":[1,2,3,4]}')).toEqual({ message: expect.stringMatching(/more than 3 elements/), field: 'list' });
    expect(refusal('{"a":[1,[9,9,{"x":1}]]}')).toEqual({ message: expect.stringMatching(/nested/), field: 'a[1][2]' });
    expect(refusal('[[1,2,3],[1,2,3],[1]]')).toEqual({ message: expect.stringMatching(/in all/), field: '' });
  });

  it('never throws anything else on malformed text (JSON.parse refuses it later)', () => {
    for (const text of ['{', '}}}]]]', '{"a":', '"unterminated', ',,,:::', '[1,,2]', '\\', '']) {
      try {
        check(text)();
      } catch (error) {
        expect(error).toBeInstanceOf(BodyTooComplexError);
      }
    }
  });
});
