/**
 * A one-minute breathing guide for calm strategies: in for 4, out for 6 (a longer
 * out-breath helps the body settle; see the calm strategies' sources). The circle grows
 * and shrinks only when motion is welcome; with prefers-reduced-motion the count is text
 * alone. Screen readers hear each phase once, not every second. A chunk of its own, fetched
 * on "Breathe with me" (see BreatheLauncher), so calm nudges cost the first paint nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../ui/i18n.ts';
import BREATHE_CSS from './breathe.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(BREATHE_CSS);

const IN = 4;
const OUT = 6;
const ROUNDS = 6;
const TOTAL = ROUNDS * (IN + OUT);

/** Seconds since the start → the phase and how far into it (1-based). */
export function phaseAt(elapsed: number): { readonly phase: 'in' | 'out'; readonly count: number } {
  const s = elapsed % (IN + OUT);
  return s < IN ? { phase: 'in', count: s + 1 } : { phase: 'out', count: s - IN + 1 };
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Starts at once: it is opened by the person pressing "Breathe with me". */
export function Breathe() {
  // null: stopped; TOTAL: finished.
  const [elapsed, setElapsed] = useState<number | null>(0);
  const running = elapsed !== null && elapsed < TOTAL;
  // The button that opened the guide is gone: focus goes to this one, so it is not lost.
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => { button.current?.focus(); }, []);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      setElapsed((e) => (e === null ? null : Math.min(e + 1, TOTAL)));
    }, 1000);
    return () => { clearInterval(timer); };
  }, [running]);

  const { phase, count } = phaseAt(elapsed ?? 0);
  const still = reducedMotion();
  const said = running ? t(phase === 'in' ? 'breatheInFor' : 'breatheOutFor', String(phase === 'in' ? IN : OUT)) : '';
  return (
    <section class="breathe" aria-label={t('breatheLabel')}>
      {running ? (
        <div class="breathe-now" aria-hidden="true">
          {!still && <span class={`breath ${phase}`} data-testid="breath-circle" />}
          <span class="breathe-count">
            {t(phase === 'in' ? 'breatheIn' : 'breatheOut')} · {count}
          </span>
        </div>
      ) : (
        elapsed === TOTAL && <p>{t('breatheDone')}</p>
      )}
      {/* Announced once per phase: the text only changes when the phase does. */}
      <p class="sr-only" aria-live="polite">
        {said}
      </p>
      <button type="button" ref={button} onClick={() => { setElapsed(running ? null : 0); }}>
        {running ? t('breatheStop') : t('breatheStart')}
      </button>
    </section>
  );
}
