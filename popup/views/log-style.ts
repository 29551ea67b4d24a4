/** The log view's styles (see style.ts). */
export const LOG_CSS = `
.counts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; margin: 10px 0; text-align: center; }
.counts div { display: flex; flex-direction: column-reverse; background: var(--tint); border-radius: 8px; padding: 6px 2px; }
.counts dd { margin: 0; font-size: 1.3rem; font-weight: 700; }
.counts dt { color: var(--muted); font-size: 0.8rem; }
.week { margin: 0; }
.chart { display: block; width: 100%; height: auto; }
.chart text { fill: var(--muted); font-size: 11px; }
.chart .today { fill: var(--fg); font-weight: 700; }
.chart .axis { stroke: var(--line); }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.85rem; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; margin-right: 5px; }
`;
