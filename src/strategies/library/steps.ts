/**
 * Steps: goals, breaking problems down and rewarding progress, from 004 ("Be proactive",
 * "Constantly move toward your goals").
 */
import type { Strategy } from '../types.ts';

export const STEPS: readonly Strategy[] = [
  {
    id: 'steps-one-thing-today',
    kind: 'steps',
    title: 'Do one thing toward a goal',
    nudges: [
      { title: 'One step today', message: "What's one small thing you can do today that moves you toward something you want?" },
      { title: 'Five minutes counts', message: 'Five minutes on a goal is still progress. What could you do in five?' },
      { title: 'Which step is next?', message: "No need to wait for the perfect moment. What's one next step you could take?" },
    ],
    why: 'Doing something regularly toward a goal, however small, keeps you moving. Choosing one doable step for today makes it easier to begin.',
    steps: [
      'Think of something you want to work toward.',
      'Ask: "What is one thing I know I can do today?"',
      'Do it now, or give it a time later today.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'steps-break-it-down',
    kind: 'steps',
    title: 'Break a big problem into pieces',
    nudges: [
      { title: 'Too big? Make it smaller', message: 'Pick something that feels overwhelming and split it into three smaller parts.' },
      { title: 'Just the first piece', message: "Solving the whole thing can wait. What's the first small piece?" },
      { title: 'A short list helps', message: 'A big task feels lighter as a list of small ones. How about writing one now?' },
    ],
    why: 'A large problem can feel impossible as a whole. Split into smaller pieces, each part becomes something you can actually do.',
    steps: [
      'Write the problem at the top of a page.',
      'Break it into three to five smaller steps.',
      'Circle the easiest one and start there.',
    ],
    minutes: 10,
    withPerson: false,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'steps-reward-progress',
    kind: 'steps',
    title: 'Reward yourself for progress',
    nudges: [
      { title: 'Celebrate a small win', message: 'Did you move something forward today? That deserves a little reward.' },
      { title: 'A treat for the next step', message: 'A favourite snack, an episode, a bath. Pick a small reward for the next step you finish.' },
      { title: 'Give yourself credit', message: 'Small steps forward are easy to skip past. Take a second to notice one.' },
    ],
    why: 'Rewarding progress, even small steps, makes you more likely to keep going. It also helps you notice how far you have come, not only how far is left.',
    steps: [
      'Pick a small step you have done, or will do today.',
      'Choose a simple reward you enjoy.',
      'Enjoy it, and tell yourself what you did to earn it.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'steps-set-a-goal',
    kind: 'steps',
    title: 'Set a goal you care about',
    nudges: [
      { title: 'Something to aim for?', message: 'A goal can be anything: a new skill, a little saving, a daily walk. What appeals to you?' },
      { title: 'Make it specific', message: '"Get fitter" can become "walk 15 minutes, three times this week." Clear goals are easier to reach.' },
      { title: 'A goal just for you', message: 'Not for work, not for anyone else. What would you like to achieve for yourself?' },
    ],
    why: 'Goals give you direction, especially when life feels uncertain. Setting one and moving toward it builds the sense that you can make things happen.',
    steps: [
      "Think of something you'd like to achieve, big or small.",
      'Make it specific: what, and by when.',
      'Write down the very first step.',
    ],
    minutes: 10,
    withPerson: false,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
];
