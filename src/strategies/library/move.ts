/**
 * Move: exercise and activity. 001 links exercise to resilience and suggests finding a kind
 * you enjoy (swimming, yoga, dancing, walks, a pick-up game); 004 lists exercise among the
 * habits that look after body and mind.
 */
import type { Strategy } from '../types.ts';

export const MOVE: readonly Strategy[] = [
  {
    id: 'move-short-walk',
    kind: 'move',
    title: 'Take a short walk',
    nudges: [
      { title: 'A few minutes outside?', message: 'A walk round the block can loosen a tight mind. Shoes on?' },
      { title: 'No pace, no target', message: 'Just ten minutes of moving and looking around. Slow is perfectly fine.' },
      { title: 'Take the long way', message: 'Next time you head out, how about a detour past a street or park you like?' },
    ],
    why: 'Moving your body is closely linked to mood and resilience, and walking is the easiest way in. A walk also breaks a stressful loop and gives your mind something new to notice.',
    steps: [
      'Put on comfortable shoes.',
      'Walk for ten minutes, round your neighbourhood or a park.',
      'Notice three things you can see or hear on the way.',
    ],
    minutes: 10,
    withPerson: false,
    sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt'],
  },
  {
    id: 'move-find-what-you-enjoy',
    kind: 'move',
    title: 'Find exercise you enjoy',
    nudges: [
      { title: 'Not a gym person?', message: 'Swimming, dancing, cycling, a walk with a podcast. Which of those sounds like fun?' },
      { title: 'Something new to try', message: "Maybe this week is a good one to try an activity you've been curious about." },
      { title: 'Fun keeps you going', message: 'The movement you enjoy is the one you keep doing. What did you love as a kid?' },
    ],
    why: "You're far more likely to keep moving if you enjoy it. It's worth trying a few things until one sticks, because regular activity does so much for how you feel.",
    steps: [
      'List three activities that sound even a little fun: swimming, yoga, dancing, a ball game.',
      'Try one this week, for as long as it stays enjoyable.',
      "Afterwards, notice how you feel. If it wasn't for you, try the next one.",
    ],
    minutes: 20,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt'],
  },
  {
    id: 'move-stretch',
    kind: 'move',
    title: 'Stretch for a few minutes',
    nudges: [
      { title: 'Time for a stretch?', message: 'Reach up, roll your shoulders, let your neck soften. Your body may thank you.' },
      { title: 'A little yoga', message: 'A few slow poses can calm a busy day. No mat needed.' },
      { title: 'Where are you holding it?', message: 'Stress often settles in the shoulders and jaw. A gentle stretch can let some of it go.' },
    ],
    why: 'Stress shows up in the body as well as the mind. Gentle stretching or yoga eases that tension, and it needs very little space or time.',
    steps: [
      'Stand or sit tall.',
      'Reach both arms up as you breathe in, and lower them as you breathe out. Do this three times.',
      'Roll your shoulders back five times, then slowly tilt your head to each side.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt'],
  },
  {
    id: 'move-dance',
    kind: 'move',
    title: 'Dance to one song',
    nudges: [
      { title: 'One song, your moves', message: 'Put on a song you love and move however you like. Nobody needs to see.' },
      { title: 'Kitchen dance break', message: 'Three minutes of dancing is exercise, a mood lift and a bit of silliness all at once.' },
      { title: 'Turn it up', message: 'Which song always makes you want to move? Maybe now is its moment.' },
    ],
    why: 'Dancing is exercise that rarely feels like a chore. One upbeat song can lift your energy and shake off some stress.',
    steps: [
      'Pick a song that makes you happy.',
      'Play it and move however feels good.',
      'When it ends, notice how you feel.',
    ],
    minutes: 4,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt'],
  },
  {
    id: 'move-with-others',
    kind: 'move',
    title: 'Move with someone else',
    nudges: [
      { title: 'Game on?', message: 'A casual game of basketball, frisbee or football mixes moving with good company.' },
      {
        title: 'Better together',
        message: 'A walk, a swim or a bike ride is easier to start, and more fun, with someone else.',
        named: {
          title: 'A walk with {name}?',
          message: 'A walk, a swim or a bike ride is more fun with company. Maybe ask {name} along?',
        },
      },
      { title: 'Try a group class', message: 'A dance, yoga or swim class gives you movement and friendly faces at the same time.' },
    ],
    why: 'Moving with other people gives you exercise and company in the same hour. Casual games are also a low-pressure way to meet people.',
    steps: [
      'Think of something you could do with others: a game in the park, a swim, a ride.',
      'Invite a friend, or find a casual group that welcomes newcomers.',
      'Go for the fun of it, not the score.',
    ],
    minutes: 30,
    withPerson: true,
    sources: ['001_2bbe601792996373.txt'],
  },
  {
    id: 'move-make-it-regular',
    kind: 'move',
    title: 'Make movement a habit',
    nudges: [
      { title: 'Pencil in some movement', message: 'Picking two times this week to move makes it much more likely to happen.' },
      { title: 'Little and often', message: 'Short, frequent bits of activity can do more for you than one big effort now and then.' },
      { title: 'Pair it with a habit', message: 'How about a short walk after lunch, or a stretch while the kettle boils?' },
    ],
    why: 'People who move often tend to be more resilient, and regular exercise can help build that resilience. Tying it to something you already do makes it easier to keep up.',
    steps: [
      'Choose a kind of movement you like.',
      'Attach it to something you already do, like lunch or the end of work.',
      'Plan two or three times this week. If one slips, just pick up at the next.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt', '004_b5ce1fd66079e5eb.txt'],
  },
];
