/**
 * Gratitude: thanking and appreciating the people who support you. 003 ("Express
 * Gratitude") says thanks strengthen the bond and keep support flowing both ways.
 */
import type { Strategy } from '../types.ts';

export const GRATITUDE: readonly Strategy[] = [
  {
    id: 'gratitude-thank-a-helper',
    kind: 'gratitude',
    title: 'Thank someone who helped you',
    nudges: [
      {
        title: 'Someone to thank?',
        message: 'Who stood by you when things were hard? A short thank-you might mean a lot to them.',
        named: {
          title: 'A thank-you for {name}?',
          message: 'If {name} has been there for you, a short thank-you could mean a lot to them.',
        },
      },
      {
        title: 'Tell them it mattered',
        message: 'Let someone know how their support made a difference: what they did, and what it meant.',
        named: {
          title: 'Tell {name} it mattered',
          message: 'Let {name} know how their support helped: what they did, and what it meant to you.',
        },
      },
      {
        title: 'Never too late for thanks',
        message: 'A thank-you for help through a rough patch is welcome, even years later.',
        named: {
          title: 'Remember when {name} helped?',
          message: 'A thank-you to {name} for help through a rough patch is welcome, even years later.',
        },
      },
    ],
    why: 'Saying thank you strengthens the bond with the people who support you. It shows them their help made a difference, which keeps support flowing both ways.',
    steps: [
      'Think of someone who was there for you during a hard time.',
      'Write them a message, a note or a card, or tell them in person.',
      'Say what they did and how it helped.',
    ],
    minutes: 5,
    withPerson: true,
    sources: ['003_44232d762f875834.txt'],
  },
  {
    id: 'gratitude-notice-support',
    kind: 'gratitude',
    title: 'Notice the support around you',
    nudges: [
      { title: 'Who helped today?', message: "A colleague's patience, a friend's joke, a stranger holding a door. Who made today easier?" },
      { title: 'Kindness, counted', message: "Jot down three ways people have supported you lately. It's often more than we notice." },
      { title: 'Who would pick up?', message: 'A friend, a relative, a neighbour: who would answer if you called? Even one person counts.' },
    ],
    why: 'Noticing the support around you is a reminder that you are not alone. Appreciating it also makes it easier to keep those relationships strong.',
    steps: [
      'Think back over the last week.',
      'Write down three times someone helped, listened or made you laugh.',
      'If one stands out, consider telling that person.',
    ],
    minutes: 3,
    withPerson: false,
    sources: ['003_44232d762f875834.txt'],
  },
  {
    id: 'gratitude-say-you-appreciate',
    kind: 'gratitude',
    title: 'Tell someone you appreciate them',
    nudges: [
      {
        title: 'A little appreciation',
        message: 'Tell someone one thing you appreciate about them. It takes a sentence.',
        named: {
          title: 'What do you like about {name}?',
          message: 'Tell {name} one thing you appreciate about them. It takes a single sentence.',
        },
      },
      { title: 'Notice it, say it', message: 'When someone does something kind today, say so: "That really helped, thank you."' },
      { title: 'Pass on a compliment', message: "Heard something nice about a friend? Let them know. It could make their day." },
    ],
    why: 'Appreciation said out loud makes relationships warmer and encourages people to keep looking out for each other. It often lifts your mood as much as theirs.',
    steps: [
      'Think of someone in your life you value.',
      'Pick one specific thing you appreciate about them.',
      'Tell them, in a message or in person.',
    ],
    minutes: 2,
    withPerson: true,
    sources: ['003_44232d762f875834.txt'],
  },
];
