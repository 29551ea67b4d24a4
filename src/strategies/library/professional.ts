/**
 * Professional support: counsellors, therapists and doctors, as all five sources suggest.
 * Neutral on purpose: no provider, product or platform is named (001 and 004 end with an
 * advert; Tend promotes no one). The UI shows CRISIS_POINTER near these strategies.
 */
import type { Strategy } from '../types.ts';

export const PROFESSIONAL: readonly Strategy[] = [
  {
    id: 'professional-consider-it',
    kind: 'professional',
    title: 'Consider talking to a professional',
    nudges: [
      { title: 'Extra support is okay', message: 'Talking to a counsellor or your doctor is a strong, ordinary step. Lots of people take it.' },
      { title: 'You deserve support', message: 'If things have felt heavy for a while, a trained professional can help you find a way through.' },
      { title: 'Not only for a crisis', message: 'Counselling can help with everyday stress too, not just the biggest things.' },
    ],
    why: 'Therapists and counsellors are trained to help people work through hard feelings and build ways of coping. Seeing one sits naturally alongside support from friends and family.',
    steps: [
      'Notice how long things have felt hard, and how much they affect your days.',
      'Think about who you could ask first: your doctor, a counsellor, or a service through work or study.',
      'Make one contact: a call, an email or a booking.',
    ],
    minutes: 10,
    withPerson: true,
    sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt', '003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'professional-find-a-fit',
    kind: 'professional',
    title: 'Look for someone who fits',
    nudges: [
      { title: 'Finding the right person', message: "Many counsellors focus on particular areas. Look for someone who knows what you're facing." },
      { title: 'In person or online', message: 'Therapy can help whether you meet in a room or by video. Choose what suits your life.' },
      { title: "It's fine to look around", message: "If the first person doesn't feel right, trying someone else is completely normal." },
    ],
    why: 'Someone experienced with your kind of difficulty can offer more focused help. Studies suggest online and in-person therapy can both work, so choose what you can keep up.',
    steps: [
      "Write down what you'd like help with.",
      'Look for counsellors or therapists with experience in that area, or ask your doctor for names.',
      'Check the practical side: cost, times, in person or online.',
      'Book a first conversation to see how it feels.',
    ],
    minutes: 20,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'professional-prepare-notes',
    kind: 'professional',
    title: 'Jot notes before an appointment',
    nudges: [
      { title: 'Notes for an appointment', message: 'If you have a session coming up, a few notes can help you say what matters most.' },
      { title: 'What would you like help with?', message: "A few words on what's been hard, and what you'd like to change, make a good start." },
      { title: "What's in your way?", message: 'A counsellor can help you spot what gets in your way. Noting a few things beforehand helps.' },
    ],
    why: "A therapist can help you spot what's holding you back and find ways forward. Arriving with a few notes makes the time easier to use, especially if talking feels hard.",
    steps: [
      'Write down what has been hardest lately, in a few words.',
      "Add what you'd like to be different.",
      'Bring the notes and read from them if you like. Saying "I wrote this down" is fine.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'professional-more-support',
    kind: 'professional',
    title: 'Get more support when you feel stuck',
    nudges: [
      { title: 'Stuck? That happens', message: "Sometimes the usual strategies aren't enough. Reaching for more support is a sensible next step." },
      { title: 'Grief and loss are heavy', message: 'If a loss is weighing on you, a counsellor or a support group can help you carry it.' },
      { title: 'Support comes in layers', message: 'Friends, family and a professional can all help, each in their own way.' },
    ],
    why: "Anyone can build resilience, but it isn't always easy, and some stretches need more help. Good support through hard times like grief can keep things from getting heavier.",
    steps: [
      'Notice whether things have stayed hard for a while, despite what you have tried.',
      'Tell someone you trust that you are thinking of getting more help.',
      'Contact your doctor, a counsellor or a support group to ask about next steps.',
    ],
    minutes: 10,
    withPerson: true,
    sources: ['000_c4f1e1caab31ed9c.txt', '003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'],
  },
];
