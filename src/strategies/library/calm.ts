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
    id: 'calm-belly-breathing',
    kind: 'calm',
    title: 'Breathe into your belly',
    nudges: [
      { title: 'Hand on your belly', message: 'Breathe so your hand rises and falls while your chest stays still. Six breaths.' },
      { title: 'Softer shoulders', message: 'Stress tends to make breathing quick and high. A few low, slow breaths can reset it.' },
      { title: 'Low and slow', message: 'In for four, a short pause, out for four. How about six rounds, right where you are?' },
    ],
    why: 'Deep breaths that fill your belly relax you more than quick breaths high in the chest. It is a simple way to get some control back when feelings run high.',
    steps: [
      'Sit or lie down. Rest one hand on your belly and one on your chest.',
      'Breathe in for 4 so the hand on your belly rises and the other stays still.',
      'Pause for 2, then breathe out for 4.',
      'Repeat for six breaths.',
    ],
    minutes: 2,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt'],
  },
  {
    id: 'calm-meditate',
    kind: 'calm',
    title: 'Sit quietly for a few minutes',
    nudges: [
      { title: 'Three quiet minutes', message: 'Sit, close your eyes if you like, and follow your breath. When your mind wanders, come back.' },
      { title: 'Nothing to fix', message: 'A short meditation is just sitting with whatever is here for a little while. Want to try?' },
      { title: 'Wandering is normal', message: "A busy mind doesn't mean you're doing it wrong. Noticing and coming back is the practice." },
    ],
    why: 'Meditation trains you to notice thoughts and feelings without being carried off by them. Even a few minutes can leave you calmer and more grounded.',
    steps: [
      'Set a timer for three minutes.',
      'Sit comfortably and rest your attention on your breathing.',
      'When your mind drifts, notice where it went and gently return to the breath.',
    ],
    minutes: 3,
    withPerson: false,
    sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt'],
  },
  {
    id: 'calm-mindful-moment',
    kind: 'calm',
    title: 'Do one thing mindfully',
    nudges: [
      { title: 'Slow down one sip', message: 'Your next cup of tea or coffee: notice the warmth, the smell and the taste first.' },
      { title: 'Mindful hands', message: 'Next time you wash your hands, feel the water and the soap. Nothing else for those seconds.' },
      { title: 'Just this one thing', message: 'Pick one ordinary task and give it your full attention, from start to finish.' },
    ],
    why: 'Mindfulness means paying full attention to the present moment, on purpose. Practising it in small ways helps you notice strong feelings earlier and handle them better.',
    steps: [
      'Choose an everyday task: drinking tea, washing your hands, walking to the kitchen.',
      'Do it a little slower than usual.',
      'Notice sights, sounds, smells and textures. When thoughts pull you away, come back.',
    ],
    minutes: 3,
    withPerson: false,
    sources: ['000_c4f1e1caab31ed9c.txt'],
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
  {
    id: 'calm-grounding',
    kind: 'calm',
    title: 'Ground yourself through your senses',
    nudges: [
      { title: 'Five things you can see', message: 'Then four you can hear and three you can touch. A quick way back to here and now.' },
      { title: 'Feet on the floor', message: 'Press your feet down and feel the ground holding you up. Stay with that for a few breaths.' },
      { title: 'Back to the room', message: 'When thoughts race, naming what is around you can help steady you.' },
    ],
    why: 'Turning your attention to your senses draws it away from racing thoughts. It helps you feel steady and present when things feel like too much.',
    steps: [
      'Name five things you can see.',
      'Name four things you can hear, then three you can touch.',
      'Name two things you can smell and one you can taste.',
      'Finish with a slow breath out.',
    ],
    minutes: 2,
    withPerson: false,
    sources: ['000_c4f1e1caab31ed9c.txt'],
  },
  {
    id: 'calm-pause-before-reacting',
    kind: 'calm',
    title: 'Pause before you respond',
    nudges: [
      { title: 'A pause before replying', message: 'If a message stirred you up, maybe wait a few breaths before you answer.' },
      { title: 'Notice, name, choose', message: 'When feelings run high: notice them, put a name to them, then choose what to do.' },
      { title: 'Count to ten', message: 'A slow count gives your calmer side time to catch up. Old advice, still good.' },
    ],
    why: 'Noticing and naming a strong feeling before you act lets you respond the way you want, not the way the feeling pushes you. A short pause is often all it takes.',
    steps: [
      'When you notice a strong reaction, stop for a moment.',
      'Take three slow breaths and name the feeling to yourself.',
      'Ask: "What response will I feel good about later?" Then act.',
    ],
    minutes: 1,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '000_c4f1e1caab31ed9c.txt'],
  },
];
