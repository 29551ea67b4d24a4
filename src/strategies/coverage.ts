/**
 * Which strategies carry each idea the source articles name, article by article and
 * section by section. Tests check that every id exists and every strategy is traced;
 * docs/library.md shows the same table as Markdown (coverageMarkdown, kept in sync by a test).
 */
import type { SourceFile } from './sources.ts';

export interface CoverageRow {
  readonly source: SourceFile;
  /** The idea, in our words. */
  readonly idea: string;
  readonly ids: readonly string[];
}

const QUICKTAKES: SourceFile = '000_c4f1e1caab31ed9c.txt';
const HOW_TO_BUILD: SourceFile = '001_2bbe601792996373.txt';
const LERNER: SourceFile = '002_d9f5a8de2e9f6e3d.txt';
const UNITY: SourceFile = '003_44232d762f875834.txt';
const WHAT_IS: SourceFile = '004_b5ce1fd66079e5eb.txt';

export const COVERAGE: readonly CoverageRow[] = [
  // 000: seven numbered strategies.
  { source: QUICKTAKES, idea: 'Exercise as a healthy way to cope', ids: ['move-short-walk', 'move-make-it-regular'] },
  { source: QUICKTAKES, idea: 'Meditation as a healthy way to cope', ids: ['calm-meditate'] },
  { source: QUICKTAKES, idea: 'Hobbies as an outlet for stress and feelings', ids: ['body-hobby', 'reflect-journal'] },
  { source: QUICKTAKES, idea: 'Staying grounded in tough times', ids: ['calm-grounding'] },
  { source: QUICKTAKES, idea: 'Authentic connections that offer validation and encouragement', ids: ['connect-check-in', 'reflect-who-is-in-your-corner'] },
  { source: QUICKTAKES, idea: 'A network of friends, family and mentors', ids: ['connect-mentor-or-colleague'] },
  { source: QUICKTAKES, idea: 'Shift to a broader perspective', ids: ['perspective-zoom-out'] },
  { source: QUICKTAKES, idea: 'See challenges as chances to grow', ids: ['perspective-room-to-grow'] },
  { source: QUICKTAKES, idea: 'Counselling', ids: ['professional-consider-it'] },
  { source: QUICKTAKES, idea: 'Support groups: a safe place to share and learn', ids: ['community-support-group'] },
  { source: QUICKTAKES, idea: 'Self-esteem grows from mutual support', ids: ['connect-be-there', 'reflect-your-strengths'] },
  { source: QUICKTAKES, idea: 'Emotional support through grief and loss', ids: ['connect-share-how-you-feel', 'professional-more-support'] },
  { source: QUICKTAKES, idea: 'Mindfulness practice', ids: ['calm-mindful-moment'] },
  { source: QUICKTAKES, idea: 'Identify your emotional triggers', ids: ['reflect-notice-triggers'] },
  { source: QUICKTAKES, idea: 'Regulate emotions before they take over', ids: ['calm-pause-before-reacting'] },

  // 001: emotional control and self-esteem, then four ways to build resilience.
  { source: HOW_TO_BUILD, idea: 'Deep breathing for emotional control', ids: ['calm-slow-breathing', 'calm-belly-breathing'] },
  { source: HOW_TO_BUILD, idea: 'Meditation for emotional control', ids: ['calm-meditate'] },
  { source: HOW_TO_BUILD, idea: 'Notice, identify and manage your emotions', ids: ['calm-pause-before-reacting'] },
  { source: HOW_TO_BUILD, idea: 'Self-awareness and self-esteem', ids: ['reflect-your-strengths'] },
  { source: HOW_TO_BUILD, idea: 'Difficult emotions have a place', ids: ['reflect-let-it-be-there'] },
  { source: HOW_TO_BUILD, idea: 'Use hard times for growth', ids: ['perspective-room-to-grow'] },
  { source: HOW_TO_BUILD, idea: 'Resilience improves with practice', ids: ['perspective-resilience-grows'] },
  { source: HOW_TO_BUILD, idea: 'Put your feelings into words, even out loud', ids: ['reflect-name-the-feeling'] },
  { source: HOW_TO_BUILD, idea: 'Journaling', ids: ['reflect-journal'] },
  { source: HOW_TO_BUILD, idea: 'Clubs, leagues and classes around shared interests', ids: ['community-join-a-club'] },
  { source: HOW_TO_BUILD, idea: 'Volunteering', ids: ['community-volunteer'] },
  { source: HOW_TO_BUILD, idea: 'Online connections, especially with little support nearby', ids: ['community-online'] },
  { source: HOW_TO_BUILD, idea: 'People who will listen when things are hard', ids: ['reflect-who-is-in-your-corner', 'connect-share-how-you-feel'] },
  { source: HOW_TO_BUILD, idea: 'Prioritise physical and mental health', ids: ['body-check-the-basics'] },
  { source: HOW_TO_BUILD, idea: 'Frequent exercise builds resilience', ids: ['move-make-it-regular'] },
  { source: HOW_TO_BUILD, idea: 'Choose an exercise you enjoy', ids: ['move-find-what-you-enjoy'] },
  { source: HOW_TO_BUILD, idea: 'Walks, yoga, dancing, swimming, pick-up games', ids: ['move-short-walk', 'move-stretch', 'move-dance', 'move-with-others'] },
  { source: HOW_TO_BUILD, idea: 'A therapist, online or in person', ids: ['professional-consider-it', 'professional-find-a-fit'] },
  { source: HOW_TO_BUILD, idea: 'Focus on your own needs', ids: ['reflect-what-you-need'] },
  { source: HOW_TO_BUILD, idea: 'Guided imagery', ids: ['calm-guided-imagery'] },
  { source: HOW_TO_BUILD, idea: 'Reflect on positive things', ids: ['perspective-notice-the-good'] },

  // 002: building a support network.
  { source: LERNER, idea: 'Identify who supports you', ids: ['reflect-who-is-in-your-corner'] },
  { source: LERNER, idea: 'A diverse network: family, friends, colleagues, mentors', ids: ['connect-mentor-or-colleague'] },
  { source: LERNER, idea: 'Connect regularly, face to face', ids: ['connect-meet-in-person', 'connect-check-in'] },
  { source: LERNER, idea: 'Connect regularly by phone', ids: ['connect-call-or-video'] },
  { source: LERNER, idea: 'Support groups or communities matching your interests', ids: ['community-support-group', 'community-join-a-club'] },
  { source: LERNER, idea: 'Group activities and meetings for belonging', ids: ['community-show-up'] },
  { source: LERNER, idea: 'Online forums and groups, across distance or social anxiety', ids: ['community-online'] },
  { source: LERNER, idea: 'Online help, therapy apps included', ids: ['professional-find-a-fit'] },

  // 003: benefits of support, building a network, sustaining it.
  { source: UNITY, idea: 'A safe space to express emotions', ids: ['connect-share-how-you-feel'] },
  { source: UNITY, idea: 'Being listened to without judgement; validation', ids: ['connect-listen-fully'] },
  { source: UNITY, idea: 'Sharing burdens reduces stress', ids: ['connect-share-how-you-feel'] },
  { source: UNITY, idea: 'Talking problems through; learning how others coped', ids: ['connect-swap-what-helps'] },
  { source: UNITY, idea: 'Practical resources: books, articles, contacts', ids: ['connect-swap-what-helps'] },
  { source: UNITY, idea: 'Someone to lean on builds resilience', ids: ['connect-ask-for-help'] },
  { source: UNITY, idea: 'Belonging eases loneliness', ids: ['connect-check-in', 'community-show-up'] },
  { source: UNITY, idea: 'Identify your needs', ids: ['reflect-what-you-need'] },
  { source: UNITY, idea: 'Look at work, family and hobbies for stressors', ids: ['reflect-what-you-need'] },
  { source: UNITY, idea: 'Seek support from trusted people who have shown care', ids: ['reflect-who-is-in-your-corner', 'connect-share-how-you-feel'] },
  { source: UNITY, idea: 'Be honest about how people can support you', ids: ['connect-ask-for-help'] },
  { source: UNITY, idea: 'Support is reciprocal', ids: ['connect-be-there'] },
  { source: UNITY, idea: 'Join support groups, found locally or through a professional', ids: ['community-support-group'] },
  { source: UNITY, idea: 'Consider professional help: therapists or counsellors', ids: ['professional-consider-it', 'professional-more-support'] },
  { source: UNITY, idea: 'Find a professional experienced in your area', ids: ['professional-find-a-fit'] },
  { source: UNITY, idea: 'Online communities', ids: ['community-online'] },
  { source: UNITY, idea: 'Choose supportive, inclusive online spaces', ids: ['community-online'] },
  { source: UNITY, idea: 'Take an active part online', ids: ['community-take-part-online'] },
  { source: UNITY, idea: 'Active listening and empathy', ids: ['connect-listen-fully'] },
  { source: UNITY, idea: 'Being available, reliable and responsive', ids: ['connect-be-there'] },
  { source: UNITY, idea: 'Boundaries: recognise your limits', ids: ['boundaries-know-your-limits'] },
  { source: UNITY, idea: 'Boundaries: say clearly what you can offer', ids: ['boundaries-say-it-clearly'] },
  { source: UNITY, idea: 'Balance helping others with your own wellbeing', ids: ['boundaries-time-for-you'] },
  { source: UNITY, idea: 'Express gratitude to the people who helped', ids: ['gratitude-thank-a-helper'] },
  { source: UNITY, idea: 'Acknowledge and appreciate support', ids: ['gratitude-notice-support', 'gratitude-say-you-appreciate'] },
  { source: UNITY, idea: 'Regular check-ins by call, text or video', ids: ['connect-check-in', 'connect-call-or-video'] },

  // 004: types of resilience, misconceptions, and seven ways to build it.
  { source: WHAT_IS, idea: 'Physical resilience: recovering from strain', ids: ['body-take-a-break'] },
  { source: WHAT_IS, idea: 'Mental resilience: flexibility in uncertainty', ids: ['perspective-when-plans-change'] },
  { source: WHAT_IS, idea: 'Emotional resilience: in touch with your emotions', ids: ['reflect-name-the-feeling'] },
  { source: WHAT_IS, idea: 'Community resilience', ids: ['community-neighbours'] },
  { source: WHAT_IS, idea: 'Resilient people still feel pain', ids: ['reflect-let-it-be-there'] },
  { source: WHAT_IS, idea: 'Resilience is not doing everything alone', ids: ['connect-ask-for-help'] },
  { source: WHAT_IS, idea: 'Resilience is ordinary and can be learned', ids: ['perspective-resilience-grows'] },
  { source: WHAT_IS, idea: 'Build and keep connections with people you trust', ids: ['connect-check-in', 'connect-meet-in-person'] },
  { source: WHAT_IS, idea: 'Take care of body and mind', ids: ['body-check-the-basics'] },
  { source: WHAT_IS, idea: 'Enough sleep', ids: ['body-sleep'] },
  { source: WHAT_IS, idea: 'Healthy food', ids: ['body-eat-well'] },
  { source: WHAT_IS, idea: 'Exercise as self-care', ids: ['move-make-it-regular'] },
  { source: WHAT_IS, idea: 'Ask what you can do, not why me', ids: ['perspective-what-can-i-do'] },
  { source: WHAT_IS, idea: 'Break big problems into smaller pieces', ids: ['steps-break-it-down'] },
  { source: WHAT_IS, idea: 'Reward small steps of progress', ids: ['steps-reward-progress'] },
  { source: WHAT_IS, idea: 'Set goals', ids: ['steps-set-a-goal'] },
  { source: WHAT_IS, idea: 'One thing you can accomplish today', ids: ['steps-one-thing-today'] },
  { source: WHAT_IS, idea: 'Catastrophic thinking; most things pass', ids: ['perspective-it-will-pass'] },
  { source: WHAT_IS, idea: 'Accept change', ids: ['perspective-when-plans-change'] },
  { source: WHAT_IS, idea: 'Focus on what you can control', ids: ['perspective-what-you-can-control'] },
  { source: WHAT_IS, idea: 'Learn from your past', ids: ['perspective-learn-from-your-past'] },
  { source: WHAT_IS, idea: 'Professional support when you feel stuck', ids: ['professional-more-support', 'professional-prepare-notes'] },
  { source: WHAT_IS, idea: 'Therapy works online or in person', ids: ['professional-find-a-fit'] },
];

/** The table as Markdown, for docs/library.md (`npm run library -- --markdown`). */
export function coverageMarkdown(rows: readonly CoverageRow[] = COVERAGE): string {
  const lines = ['| Source | Idea in the article | Strategy ids |', '|---|---|---|'];
  for (const row of rows) {
    lines.push(`| ${row.source} | ${row.idea} | ${row.ids.map((id) => `\`${id}\``).join(', ')} |`);
  }
  return lines.join('\n') + '\n';
}
