/**
 * Body: sleep, food and rest. 004 names enough sleep, healthy food and exercise as self-care
 * that builds strength for hard times, and physical resilience as recovering from strain;
 * 001 asks to prioritise physical and mental health; 000 counts hobbies as healthy coping.
 */
import type { Strategy } from '../types.ts';

export const BODY: readonly Strategy[] = [
  {
    id: 'body-sleep',
    kind: 'body',
    title: 'Look after your sleep',
    nudges: [
      { title: 'An easy evening tonight?', message: 'How about planning a calmer last hour before bed: lights low, screens away?' },
      { title: 'Rest is part of coping', message: "Hard days feel harder when you're tired. Could tonight be an earlier night?" },
      { title: 'A bedtime you can keep', message: 'Going to bed around the same time most nights helps your body know when to rest.' },
    ],
    why: 'Sleep gives your body and mind the strength to meet stress. A calm hour before bed and a steady bedtime make good sleep more likely.',
    steps: [
      'Pick a time to start winding down, about an hour before bed.',
      'Dim the lights and put your phone on the other side of the room.',
      'Do something quiet: read, stretch gently, or listen to calm music.',
    ],
    minutes: 30,
    withPerson: false,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'body-eat-well',
    kind: 'body',
    title: 'Have something nourishing',
    nudges: [
      { title: 'When did you last eat?', message: "If it's been a while, something nourishing could steady both body and mood." },
      { title: 'Simple food counts', message: 'Some fruit, something with protein, a glass of water. It needn\'t be fancy.' },
      { title: 'Plan one good meal', message: 'How about deciding now on one easy, wholesome meal for later today?' },
    ],
    why: 'Stress takes a toll on the body, and good food helps you meet it. Regular, nourishing meals keep your energy and mood steadier.',
    steps: [
      'Check in: are you hungry or thirsty?',
      'Have a glass of water.',
      'Choose something simple and nourishing: fruit, vegetables, something with protein.',
    ],
    minutes: 10,
    withPerson: false,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'body-take-a-break',
    kind: 'body',
    title: 'Take a real break',
    nudges: [
      { title: 'Time for a real break?', message: "If you've been going for a while, five minutes away from the screen may help." },
      { title: 'Recovery counts too', message: 'Bodies grow stronger while they rest. A short pause now is part of the work.' },
      { title: 'Step away for five', message: 'Stand up, get some water, look out of a window. Then come back.' },
    ],
    why: 'Your body recovers from strain and tiredness by resting. Short breaks through the day stop exhaustion building up, so you have more left for the hard moments.',
    steps: [
      'Stand up and step away from your screen.',
      'Drink some water and look at something far away.',
      'Give yourself five minutes before you start again.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'body-check-the-basics',
    kind: 'body',
    title: 'Check in with your body',
    nudges: [
      { title: "How's your body doing?", message: 'Tired, tense, hungry, thirsty? A quick check can show what would help most.' },
      { title: 'The basics first', message: 'Sleep, food, water, movement. Is one of them running a bit low today?' },
      { title: 'Mind and body, together', message: 'Caring for your body is part of caring for your mind. What would help yours right now?' },
    ],
    why: 'Physical and mental health are closely linked, so looking after one supports the other. A quick check of the basics often turns up a simple thing that would help.',
    steps: [
      'Pause and notice: are you hungry, thirsty, tired or tense?',
      'Pick whichever stands out most.',
      'Do one small thing for it now: a drink, a snack, a stretch, a rest.',
    ],
    minutes: 2,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'body-hobby',
    kind: 'body',
    title: 'Make time for a hobby',
    nudges: [
      { title: 'Something you love doing?', message: 'Painting, gardening, music, baking. A little time on a hobby can be a real reset.' },
      { title: 'Just for fun', message: 'Is there something you do purely because you enjoy it? Maybe give it twenty minutes.' },
      { title: 'Busy hands, easier mind', message: 'An absorbing activity gives stress somewhere to go. What could you pick up today?' },
    ],
    why: 'Hobbies give feelings a healthy outlet and help you feel grounded when things are tough. Doing something you enjoy is a reminder that life is more than its problems.',
    steps: [
      'Pick one thing you enjoy: crafts, music, cooking, gardening, games.',
      'Set aside twenty minutes for it, maybe today.',
      'Do it for fun, not for results.',
    ],
    minutes: 20,
    withPerson: false,
    sources: ['000_c4f1e1caab31ed9c.txt'],
  },
];
