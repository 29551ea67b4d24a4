/**
 * Reflect: naming feelings, journaling, noticing triggers, needs, supporters and strengths.
 * 001 on putting feelings into words and self-esteem; 000 on triggers and expression;
 * 003 on identifying your needs; 002 and 003 on knowing who supports you.
 */
import type { Strategy } from '../types.ts';

export const REFLECT: readonly Strategy[] = [
  {
    id: 'reflect-name-the-feeling',
    kind: 'reflect',
    title: "Name what you're feeling",
    nudges: [
      { title: 'What are you feeling?', message: 'Try putting one word to it: tired, tense, hopeful, flat. Naming a feeling can soften it.' },
      { title: 'Say it out loud', message: '"I feel anxious." Saying it aloud, even only to yourself, can loosen its grip a little.' },
      { title: 'Find the closer word', message: 'Angry, or disappointed? Lonely, or left out? The closer the word, the more it helps.' },
    ],
    why: "Putting a feeling into words can quieten the brain's alarm system. Once it has a name, a feeling has less power to sweep you along.",
    steps: [
      'Pause and notice what is going on inside you.',
      "Pick a word for it, or two if it's mixed.",
      'Say it quietly or in your head: "I\'m feeling ___." Notice whether anything shifts.',
    ],
    minutes: 1,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'reflect-journal',
    kind: 'reflect',
    title: 'Write a few lines',
    nudges: [
      { title: 'A few lines for yourself', message: "What's on your mind today? Jot down a sentence or two. No one else will read it." },
      { title: 'Write it out', message: 'When thoughts go round in circles, putting them on paper can help them settle.' },
      { title: 'Today, in three lines', message: "What happened, how it felt, one thing you noticed. That's a whole journal entry." },
    ],
    why: "Writing gives feelings somewhere to go, so they don't hold you back. Seeing your thoughts on the page can also make them clearer and easier to handle.",
    steps: [
      'Open the journal, a notebook or a notes app.',
      "Write what happened and how you feel about it. Spelling doesn't matter.",
      'If you like, finish with one thing you need right now.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '000_c4f1e1caab31ed9c.txt'],
  },
  {
    id: 'reflect-notice-triggers',
    kind: 'reflect',
    title: 'Notice what stirs you up',
    nudges: [
      { title: 'What came just before?', message: 'If a feeling hit hard today, can you spot what happened just before it?' },
      { title: 'Know your patterns', message: 'Certain times, places or topics can stir strong feelings. Noticing them is a first step.' },
      { title: 'Plan for a tricky moment', message: 'If you know a hard moment is coming, what one thing would help you through it?' },
    ],
    why: 'Knowing what tends to set off strong feelings lets you prepare rather than be caught off guard. A small plan for a known trigger can make the moment much easier.',
    steps: [
      'Think of a recent time a feeling came on strongly.',
      'Note what happened just before: where you were, who was there, what was said.',
      'Choose one thing to try next time, like a pause, a slow breath or stepping away.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['000_c4f1e1caab31ed9c.txt'],
  },
  {
    id: 'reflect-what-you-need',
    kind: 'reflect',
    title: 'Ask yourself what you need',
    nudges: [
      { title: 'What do you need right now?', message: 'Rest, company, quiet, help, a change of scene? Naming it is half the way to getting it.' },
      { title: 'Where does it feel heavy?', message: 'Work, home, health, friendships. Which part of life could use more support just now?' },
      { title: 'Needs are allowed', message: "Knowing what you need isn't selfish. It helps the people around you help you." },
    ],
    why: 'Support helps most when it fits. Getting clear on where you feel most stretched helps you look for the right kind of help from the right people.',
    steps: [
      'Think through the main parts of your life: work, home, family, health, interests.',
      'Notice which feels most stressful or lonely at the moment.',
      'Finish this sentence: "What would help with this is…"',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '003_44232d762f875834.txt'],
  },
  {
    id: 'reflect-who-is-in-your-corner',
    kind: 'reflect',
    title: 'List the people in your corner',
    nudges: [
      { title: "Who's in your corner?", message: 'Think of people who were kind to you when it mattered. There may be more than you think.' },
      { title: 'Your support map', message: 'Family, friends, colleagues, mentors. Who do you turn to, and for what?' },
      { title: 'Someone who gets you', message: 'Who listens without judging? People like that are worth keeping close.' },
    ],
    why: "Knowing who supports you makes it easier to reach out when things get hard. It also shows which relationships to look after, and where you'd like more support.",
    steps: [
      'Write down people who have shown they care: family, friends, colleagues, mentors.',
      'Next to each, note what they are good for: advice, a laugh, a listening ear.',
      "Add anyone you'd like to be closer to. Tend's People list is a good home for them.",
    ],
    minutes: 10,
    withPerson: false,
    sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'],
  },
  {
    id: 'reflect-your-strengths',
    kind: 'reflect',
    title: "Notice what you're good at",
    nudges: [
      { title: 'Something you did well', message: 'What went well today because of you? Small things count.' },
      { title: 'Three things you like', message: 'Kind, patient, funny, usefully stubborn? Jot down three things you like about yourself.' },
      { title: 'What would a friend say?', message: 'If a good friend described your strengths, what would they mention first?' },
    ],
    why: 'How you see yourself shapes how you face hard things. Noticing your strengths builds the quiet belief that you can get through what comes.',
    steps: [
      'Write down three things you are good at or like about yourself.',
      'Next to one, note a time it helped you or someone else.',
      'Keep the list somewhere you can find it on a hard day.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '000_c4f1e1caab31ed9c.txt'],
  },
  {
    id: 'reflect-let-it-be-there',
    kind: 'reflect',
    title: 'Make room for a hard feeling',
    nudges: [
      { title: "It's okay to feel this", message: "Being resilient doesn't mean feeling fine. Hard feelings are part of getting through." },
      { title: 'Room for the hard stuff', message: "You don't have to push a difficult feeling away. Notice it, and let it stay a moment." },
      { title: 'Everyone has hard days', message: 'Even the people who seem to cope with anything have days like this.' },
    ],
    why: "Resilience isn't about avoiding pain or staying positive all the time. Letting a hard feeling be there, without fighting it, often helps it pass sooner.",
    steps: [
      'Notice the feeling and where you feel it in your body.',
      'Tell yourself: "This is hard, and it makes sense that I feel this way."',
      'Breathe slowly a few times and let the feeling be there.',
    ],
    minutes: 2,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'],
  },
];
