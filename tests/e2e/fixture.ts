// The e2e harness lives in scripts/harness/ (shared with npm start, bench and screenshots).
export * from '../../scripts/harness/tend.ts';
