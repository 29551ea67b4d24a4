/** The breathing guide's styles (see style.ts). */
export const BREATHE_CSS = `
.breathe { display: grid; justify-items: center; gap: 8px; margin-top: 12px; padding: 10px; border-radius: 10px; background: var(--tint); text-align: center; }
.breathe-now { display: grid; justify-items: center; gap: 6px; }
.breath { width: 64px; height: 64px; border-radius: 50%; background: var(--accent); opacity: 0.55; transform: scale(0.5); transition: transform 6s ease-in-out; }
.breath.in { transform: scale(1); transition-duration: 4s; }
.breathe-count { font-size: 1.1rem; font-weight: 600; }
`;
