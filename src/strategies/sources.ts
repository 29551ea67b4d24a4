/**
 * The articles Tend's strategies are written from (shared/sources/README.md). Tend uses
 * their ideas in its own words and names them so every strategy can be traced.
 */
export const SOURCES = {
  '000_c4f1e1caab31ed9c.txt': {
    title: 'How can individuals build emotional resilience and access emotional support?',
    publisher: 'QuickTakes (Psychology)',
    date: '2025-01-21',
  },
  '001_2bbe601792996373.txt': {
    title: "How To Build Resilience And Why It's Important",
    publisher: 'BetterHelp Editorial Team',
    date: '2024-03-05',
  },
  '002_d9f5a8de2e9f6e3d.txt': {
    title: 'Building Emotional Support Networks',
    publisher: 'Mark D. Lerner, Ph.D., The National Center for Emotional Wellness',
    date: '2024-01-12',
  },
  '003_44232d762f875834.txt': {
    title: 'Unity in Healing: Embrace Emotional Support Networks',
    // The article names no author or publisher: '' here, and pages say so as a note
    // (popup/views/byline.tsx), not as a byline that reads like a publisher's name.
    publisher: '',
    date: '',
  },
  '004_b5ce1fd66079e5eb.txt': {
    title: 'What Is Resilience? Building Better Coping Skills',
    publisher: 'BetterHelp Editorial Team',
    date: '2024-04-25',
  },
} as const satisfies Record<string, Source>;

/** One article; `publisher` and `date` are '' when the article names none. */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
}

export type SourceFile = keyof typeof SOURCES;
