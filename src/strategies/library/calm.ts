/**
 * Calm: breathing, meditation, mindfulness and guided imagery. 001 ties emotional control
 * to relaxation like deep breathing and meditation; 000 names mindfulness and grounding.
 */
import type { Strategy } from '../types.ts';

export const CALM: readonly Strategy[] = [
  {
    id: 'calm-slow-breathing',
    kind: 'calm',
    title: 'Breathe slowly',
    nudges: [
      {
        title: 'Breathe in 4, out 6',
        message: 'Five slow rounds: in through your nose for four, then out gently for six.',
      },
      {
        title: 'A longer out-breath',
        message: "Breathing out for longer than you breathe in tells your body it's safe to settle. Try a few?",
      },
      {
        title: 'One minute, just breathing',
        message: 'Wherever you are, a minute of slow breathing can take the edge off.',
      },
    ],
    why: "Slow, deep breathing is one of the quickest ways to ease your body's stress response. Letting the out-breath run longer than the in-breath helps you settle.",
    steps: [
      'Sit comfortably and let your shoulders drop.',
      'Breathe in through your nose for a count of 4.',
      'Breathe out slowly through your mouth for a count of 6.',
      'Repeat for five rounds.',
    ],
    minutes: 1,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt'],
  },
  {
    id: 'calm-guided-imagery',
    kind: 'calm',
    title: 'Picture a calm place',
    nudges: [
      {
        title: 'Picture somewhere peaceful',
        message: 'A beach, a forest, a favourite room. Close your eyes and spend a minute there.',
      },
      {
        title: 'A tiny holiday in your head',
        message: 'Imagine a peaceful place in detail: the light, the sounds, the air. Stay as long as you like.',
      },
      {
        title: 'Your calm spot',
        message: 'Having one calm scene ready helps in tense moments. Now is a good time to practise it.',
      },
    ],
    why: 'Picturing a peaceful scene in rich detail can help your body relax, almost as if you were there. With practice, it becomes a quick way back to calm.',
    steps: [
      'Close your eyes and take two slow breaths.',
      'Picture a place where you feel calm and safe, real or imagined.',
      "Notice what you'd see, hear, smell and feel there.",
      'Stay for two or three minutes, then open your eyes slowly.',
    ],
    minutes: 3,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt'],
  },
];
