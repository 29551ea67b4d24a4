/**
 * Boundaries: knowing and saying what you can give. 003 ("Be Available", "Manage
 * Boundaries") pairs being there for others with honesty about your own limits.
 */
import type { Strategy } from '../types.ts';

export const BOUNDARIES: readonly Strategy[] = [
  {
    id: 'boundaries-know-your-limits',
    kind: 'boundaries',
    title: 'Notice your limits',
    nudges: [
      { title: 'How full is your cup?', message: 'Helping others matters, and so do you. How much do you really have to give this week?' },
      { title: 'A limit is not a failure', message: 'Everyone has a limit to what they can give. Knowing yours keeps you able to care.' },
      { title: 'Check your energy', message: 'If supporting others is wearing you down, it may be time to step back a little.' },
    ],
    why: "You support others best when you aren't running on empty. Knowing your limits keeps a healthy balance between caring for others and caring for yourself.",
    steps: [
      'Think about who relies on you at the moment, and how that feels.',
      'Notice where you feel stretched or drained.',
      'Decide on one thing you can do less of, or later.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['003_44232d762f875834.txt'],
  },
  {
    id: 'boundaries-say-it-clearly',
    kind: 'boundaries',
    title: 'Say your boundary kindly',
    nudges: [
      { title: 'A kind, clear no', message: '"I can\'t this week, but I could on Sunday." Clear and warm can go together.' },
      { title: 'Say what you can offer', message: 'Rather than stretching thin, tell people what you can do, and what you can\'t right now.' },
      { title: 'No long excuse needed', message: 'A simple "That doesn\'t work for me" is allowed. You don\'t owe a long explanation.' },
    ],
    why: 'Telling people clearly what you can and cannot offer keeps relationships respectful and balanced. It also means the help you do give is given freely.',
    steps: [
      'Think of one request that feels like too much right now.',
      'Write a short, kind reply: what you can do, and what you can\'t.',
      'Send it, or say it, without over-explaining.',
    ],
    minutes: 5,
    withPerson: true,
    sources: ['003_44232d762f875834.txt'],
  },
  {
    id: 'boundaries-time-for-you',
    kind: 'boundaries',
    title: 'Keep some time for yourself',
    nudges: [
      { title: 'Time that is yours', message: 'Block out a little time this week that belongs only to you. Guard it like any other plan.' },
      { title: 'Okay to reply later', message: 'Not every message needs an answer straight away. Replying this evening is fine.' },
      { title: 'Recharge first', message: "If you're drained, rest before you help the next person. You'll have more to give." },
    ],
    why: "Looking after your own wellbeing isn't selfish: it's what lets you keep showing up for others. Protected time to recharge keeps support going for the long run.",
    steps: [
      'Look at your week and find one slot, even thirty minutes.',
      'Mark it as yours and decide how you would like to spend it.',
      'When it comes, keep it, and let messages wait until after.',
    ],
    minutes: 30,
    withPerson: false,
    sources: ['003_44232d762f875834.txt'],
  },
];
