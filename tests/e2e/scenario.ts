// The e2e scenario steps live in scripts/harness/ (shared with npm start, bench and screenshots).
export * from '../../scripts/harness/scenario.ts';
