/** The week starts where the locale starts it (issue 14), through Intl, with CLDR's answer as the fallback. */
import { describe, expect, it } from 'vitest';
import { firstWeekday, weekdaysFrom } from '../../src/time/week-start.ts';

describe('firstWeekday', () => {
  it.each([
    ['de', 'mon'],
    ['de-DE', 'mon'],
    ['es', 'mon'],
    ['fr', 'mon'],
    ['fr-FR', 'mon'],
    ['en-GB', 'mon'],
    ['en-US', 'sun'],
    ['en', 'sun'],
    ['ar-SA', 'sun'],
  ] as const)('%s starts on %s', (locale, day) => {
    expect(firstWeekday(locale)).toBe(day);
  });

  it('falls back to CLDR when Intl has no week info', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const getWeekInfo = Object.getOwnPropertyDescriptor(proto, 'getWeekInfo');
    const weekInfo = Object.getOwnPropertyDescriptor(proto, 'weekInfo');
    try {
      Object.defineProperty(proto, 'getWeekInfo', { value: undefined, configurable: true });
      Object.defineProperty(proto, 'weekInfo', { get: () => undefined, configurable: true });
      expect([firstWeekday('en-US'), firstWeekday('en'), firstWeekday('de'), firstWeekday('fr-CA'), firstWeekday('es')]).toEqual(['sun', 'sun', 'mon', 'sun', 'mon']);
    } finally {
      if (getWeekInfo) Object.defineProperty(proto, 'getWeekInfo', getWeekInfo);
      else delete proto['getWeekInfo'];
      if (weekInfo) Object.defineProperty(proto, 'weekInfo', weekInfo);
      else delete proto['weekInfo'];
    }
  });

  it('is Monday for a tag Intl cannot read', () => {
    expect(firstWeekday('not a locale!')).toBe('mon');
  });
});

describe('weekdaysFrom', () => {
  it('lists the week from its first day', () => {
    expect(weekdaysFrom('sun')).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(weekdaysFrom('mon')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });
});
