/**
 * What each strategy *is*, in every language: its id, kind, how many nudge lines it has,
 * roughly how long it takes, whether it involves another person, and the source
 * article(s) it comes from. What it *says* (title, nudge lines, why, steps) lives in
 * content/<locale>/<kind>.json, keyed by these ids (docs/architecture.md). The scheduler
 * and the picker need only this; the text is loaded where it is shown.
 *
 * Ids are stored in logs and preferences: never rename one once shipped. The order here
 * is the library's order (KINDS order, then as listed).
 */
import type { StrategyMeta } from './types.ts';

export const META: readonly StrategyMeta[] = [
  // Connect: reaching out to and keeping up with the people who support you. The sources'
  // core idea (002, 003, 004): a support network stays strong through small, regular contact
  // that runs both ways. Reach-out lines carry a `named` variant for the People feature.
  { id: 'connect-check-in', kind: 'connect', lines: 3, minutes: 3, withPerson: true, named: [0, 1, 2], sources: ['000_c4f1e1caab31ed9c.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'] },
  { id: 'connect-call-or-video', kind: 'connect', lines: 3, minutes: 10, withPerson: true, named: [0, 1, 2], sources: ['002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'] },
  { id: 'connect-meet-in-person', kind: 'connect', lines: 3, minutes: 5, withPerson: true, named: [0, 1, 2], sources: ['002_d9f5a8de2e9f6e3d.txt', '004_b5ce1fd66079e5eb.txt'] },
  { id: 'connect-share-how-you-feel', kind: 'connect', lines: 3, minutes: 15, withPerson: true, named: [0, 1, 2], sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt', '003_44232d762f875834.txt'] },
  { id: 'connect-ask-for-help', kind: 'connect', lines: 3, minutes: 5, withPerson: true, named: [0, 1, 2], sources: ['003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'] },
  { id: 'connect-listen-fully', kind: 'connect', lines: 3, minutes: 10, withPerson: true, sources: ['003_44232d762f875834.txt'] },
  { id: 'connect-be-there', kind: 'connect', lines: 3, minutes: 5, withPerson: true, named: [0, 1, 2], sources: ['003_44232d762f875834.txt', '000_c4f1e1caab31ed9c.txt'] },
  { id: 'connect-swap-what-helps', kind: 'connect', lines: 3, minutes: 15, withPerson: true, named: [0, 1, 2], sources: ['003_44232d762f875834.txt'] },
  { id: 'connect-mentor-or-colleague', kind: 'connect', lines: 3, minutes: 5, withPerson: true, named: [0, 2], sources: ['002_d9f5a8de2e9f6e3d.txt', '000_c4f1e1caab31ed9c.txt'] },

  // Community: groups, clubs, support groups and online communities. 001 suggests clubs and
  // volunteering; 000, 002 and 003 support groups and online communities; 004 community
  // resilience.
  { id: 'community-join-a-club', kind: 'community', lines: 3, minutes: 15, withPerson: true, sources: ['001_2bbe601792996373.txt', '002_d9f5a8de2e9f6e3d.txt'] },
  { id: 'community-volunteer', kind: 'community', lines: 3, minutes: 20, withPerson: true, sources: ['001_2bbe601792996373.txt'] },
  { id: 'community-support-group', kind: 'community', lines: 3, minutes: 15, withPerson: true, sources: ['000_c4f1e1caab31ed9c.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'] },
  { id: 'community-show-up', kind: 'community', lines: 3, minutes: 5, withPerson: true, sources: ['002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'] },
  { id: 'community-online', kind: 'community', lines: 3, minutes: 10, withPerson: false, sources: ['001_2bbe601792996373.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'] },
  { id: 'community-take-part-online', kind: 'community', lines: 3, minutes: 5, withPerson: false, sources: ['003_44232d762f875834.txt'] },
  { id: 'community-neighbours', kind: 'community', lines: 3, minutes: 5, withPerson: true, sources: ['004_b5ce1fd66079e5eb.txt'] },

  // Move: exercise and activity. 001 links exercise to resilience and suggests finding a kind
  // you enjoy (swimming, yoga, dancing, walks, a pick-up game); 004 lists exercise among the
  // habits that look after body and mind.
  { id: 'move-short-walk', kind: 'move', lines: 3, minutes: 10, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt'] },
  { id: 'move-find-what-you-enjoy', kind: 'move', lines: 3, minutes: 20, withPerson: false, sources: ['001_2bbe601792996373.txt'] },
  { id: 'move-stretch', kind: 'move', lines: 3, minutes: 5, withPerson: false, sources: ['001_2bbe601792996373.txt'] },
  { id: 'move-dance', kind: 'move', lines: 3, minutes: 4, withPerson: false, sources: ['001_2bbe601792996373.txt'] },
  { id: 'move-with-others', kind: 'move', lines: 3, minutes: 30, withPerson: true, named: [1], sources: ['001_2bbe601792996373.txt'] },
  { id: 'move-make-it-regular', kind: 'move', lines: 3, minutes: 5, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'] },

  // Body: sleep, food and rest. 004 names enough sleep, healthy food and exercise as self-care
  // that builds strength for hard times, and physical resilience as recovering from strain;
  // 001 asks to prioritise physical and mental health; 000 counts hobbies as healthy coping.
  // Sleep fits the evening, food meal times, a break from the desk working hours (fits.ts).
  { id: 'body-sleep', kind: 'body', lines: 3, minutes: 30, withPerson: false, fits: ['evening'], sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'body-eat-well', kind: 'body', lines: 3, minutes: 10, withPerson: false, fits: ['meals'], sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'body-take-a-break', kind: 'body', lines: 3, minutes: 5, withPerson: false, fits: ['daytime'], sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'body-check-the-basics', kind: 'body', lines: 3, minutes: 2, withPerson: false, sources: ['001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'] },
  { id: 'body-hobby', kind: 'body', lines: 3, minutes: 20, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt'] },

  // Reflect: naming feelings, journaling, noticing triggers, needs, supporters and strengths.
  // 001 on putting feelings into words and self-esteem; 000 on triggers and expression;
  // 003 on identifying your needs; 002 and 003 on knowing who supports you.
  { id: 'reflect-name-the-feeling', kind: 'reflect', lines: 3, minutes: 1, withPerson: false, sources: ['001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'] },
  { id: 'reflect-journal', kind: 'reflect', lines: 3, minutes: 5, withPerson: false, sources: ['001_2bbe601792996373.txt', '000_c4f1e1caab31ed9c.txt'] },
  { id: 'reflect-notice-triggers', kind: 'reflect', lines: 3, minutes: 5, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt'] },
  { id: 'reflect-what-you-need', kind: 'reflect', lines: 3, minutes: 5, withPerson: false, sources: ['001_2bbe601792996373.txt', '003_44232d762f875834.txt'] },
  { id: 'reflect-who-is-in-your-corner', kind: 'reflect', lines: 3, minutes: 10, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'] },
  { id: 'reflect-your-strengths', kind: 'reflect', lines: 3, minutes: 5, withPerson: false, sources: ['001_2bbe601792996373.txt', '000_c4f1e1caab31ed9c.txt'] },
  { id: 'reflect-let-it-be-there', kind: 'reflect', lines: 3, minutes: 2, withPerson: false, whenAsked: true, sources: ['001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'] },

  // Calm: breathing, meditation, mindfulness and guided imagery. 001 ties emotional control
  // to relaxation like deep breathing and meditation; 000 names mindfulness and grounding.
  { id: 'calm-slow-breathing', kind: 'calm', lines: 3, minutes: 1, withPerson: false, sources: ['001_2bbe601792996373.txt'] },
  { id: 'calm-belly-breathing', kind: 'calm', lines: 3, minutes: 2, withPerson: false, sources: ['001_2bbe601792996373.txt'] },
  { id: 'calm-meditate', kind: 'calm', lines: 3, minutes: 3, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt'] },
  { id: 'calm-mindful-moment', kind: 'calm', lines: 3, minutes: 3, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt'] },
  { id: 'calm-guided-imagery', kind: 'calm', lines: 3, minutes: 3, withPerson: false, sources: ['001_2bbe601792996373.txt'] },
  { id: 'calm-grounding', kind: 'calm', lines: 3, minutes: 2, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt'] },
  { id: 'calm-pause-before-reacting', kind: 'calm', lines: 3, minutes: 1, withPerson: false, sources: ['001_2bbe601792996373.txt', '000_c4f1e1caab31ed9c.txt'] },

  // Perspective: what you can control, keeping things in proportion, learning from the past,
  // growth, and the good. Mostly 004 ("Be proactive", "Keep things in perspective", "Learn from
  // your past"); 000 on a broader view and growth; 001 on positive things.
  { id: 'perspective-what-you-can-control', kind: 'perspective', lines: 3, minutes: 5, withPerson: false, sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'perspective-what-can-i-do', kind: 'perspective', lines: 3, minutes: 5, withPerson: false, sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'perspective-it-will-pass', kind: 'perspective', lines: 3, minutes: 3, withPerson: false, sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'perspective-zoom-out', kind: 'perspective', lines: 3, minutes: 3, withPerson: false, sources: ['000_c4f1e1caab31ed9c.txt'] },
  { id: 'perspective-room-to-grow', kind: 'perspective', lines: 3, minutes: 5, withPerson: false, whenAsked: true, sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt'] },
  { id: 'perspective-learn-from-your-past', kind: 'perspective', lines: 3, minutes: 5, withPerson: false, sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'perspective-notice-the-good', kind: 'perspective', lines: 3, minutes: 2, withPerson: false, sources: ['001_2bbe601792996373.txt'] },
  { id: 'perspective-when-plans-change', kind: 'perspective', lines: 3, minutes: 5, withPerson: false, whenAsked: true, sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'perspective-resilience-grows', kind: 'perspective', lines: 3, minutes: 3, withPerson: false, sources: ['001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'] },

  // Steps: goals, breaking problems down and rewarding progress, from 004 ("Be proactive",
  // "Constantly move toward your goals").
  // One thing for today is chosen while the day is still ahead: mornings only (fits.ts).
  { id: 'steps-one-thing-today', kind: 'steps', lines: 3, minutes: 5, withPerson: false, fits: ['morning'], sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'steps-break-it-down', kind: 'steps', lines: 3, minutes: 10, withPerson: false, sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'steps-reward-progress', kind: 'steps', lines: 3, minutes: 5, withPerson: false, sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'steps-set-a-goal', kind: 'steps', lines: 3, minutes: 10, withPerson: false, sources: ['004_b5ce1fd66079e5eb.txt'] },

  // Gratitude: thanking and appreciating the people who support you. 003 ("Express
  // Gratitude") says thanks strengthen the bond and keep support flowing both ways.
  { id: 'gratitude-thank-a-helper', kind: 'gratitude', lines: 3, minutes: 5, withPerson: true, named: [0, 1, 2], sources: ['003_44232d762f875834.txt'] },
  { id: 'gratitude-notice-support', kind: 'gratitude', lines: 3, minutes: 3, withPerson: false, sources: ['003_44232d762f875834.txt'] },
  { id: 'gratitude-say-you-appreciate', kind: 'gratitude', lines: 3, minutes: 2, withPerson: true, named: [0], sources: ['003_44232d762f875834.txt'] },

  // Boundaries: knowing and saying what you can give. 003 ("Be Available", "Manage
  // Boundaries") pairs being there for others with honesty about your own limits.
  { id: 'boundaries-know-your-limits', kind: 'boundaries', lines: 3, minutes: 5, withPerson: false, sources: ['003_44232d762f875834.txt'] },
  { id: 'boundaries-say-it-clearly', kind: 'boundaries', lines: 3, minutes: 5, withPerson: true, sources: ['003_44232d762f875834.txt'] },
  { id: 'boundaries-time-for-you', kind: 'boundaries', lines: 3, minutes: 30, withPerson: false, sources: ['003_44232d762f875834.txt'] },

  // Professional support: counsellors, therapists and doctors, as all five sources suggest.
  // Neutral on purpose: no provider, product or platform is named (001 and 004 end with an
  // advert; Tend promotes no one). The UI shows CRISIS_POINTER near these strategies.
  { id: 'professional-consider-it', kind: 'professional', lines: 3, minutes: 10, withPerson: true, sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt', '003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'] },
  { id: 'professional-find-a-fit', kind: 'professional', lines: 3, minutes: 20, withPerson: false, sources: ['001_2bbe601792996373.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'] },
  { id: 'professional-prepare-notes', kind: 'professional', lines: 3, minutes: 5, withPerson: false, sources: ['004_b5ce1fd66079e5eb.txt'] },
  { id: 'professional-more-support', kind: 'professional', lines: 3, minutes: 10, withPerson: true, whenAsked: true, sources: ['000_c4f1e1caab31ed9c.txt', '003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'] },
];
