/**
 * Connect: reaching out to and keeping up with the people who support you. The sources'
 * core idea (002, 003, 004): a support network stays strong through small, regular contact
 * that runs both ways. Reach-out lines carry a `named` variant for the People feature.
 */
import type { Strategy } from '../types.ts';

export const CONNECT: readonly Strategy[] = [
  {
    id: 'connect-check-in',
    kind: 'connect',
    title: 'Check in with someone',
    nudges: [
      {
        title: 'A quick hello?',
        message: 'Someone you care about might like to hear from you. A short text is plenty.',
        named: {
          title: 'A hello for {name}?',
          message: "It's been a little while. {name} might enjoy hearing from you. A text is plenty.",
        },
      },
      {
        title: 'Anyone on your mind lately?',
        message: "If someone's been on your mind, maybe let them know. Two lines will do.",
        named: {
          title: 'Thinking of {name}?',
          message: 'Maybe send {name} a quick "how\'s your week going?" No need for a long catch-up.',
        },
      },
      {
        title: 'Share a bit of your day',
        message: 'How about sending a friend a photo or a small update from today?',
        named: {
          title: 'Something to share with {name}?',
          message: 'A photo, a song, a small piece of news from your day. {name} might like it.',
        },
      },
    ],
    why: "Small, regular contact keeps a friendship warm, so it's there when either of you needs it. A check-in also tells the other person they matter to you.",
    steps: [
      "Pick one person you haven't heard from in a while.",
      'Send a short message: ask how they are and share one thing from your day.',
      "If they reply, ask a question back. If they don't, that's fine too.",
    ],
    minutes: 3,
    withPerson: true,
    sources: ['003_44232d762f875834.txt', '002_d9f5a8de2e9f6e3d.txt'],
  },
  {
    id: 'connect-call-or-video',
    kind: 'connect',
    title: 'Call instead of texting',
    nudges: [
      {
        title: 'Hear a familiar voice',
        message: 'A five-minute call can feel closer than a dozen messages. Is there someone you could ring?',
        named: {
          title: 'A quick call with {name}?',
          message: 'A five-minute call can feel closer than a dozen messages. Maybe {name} is free?',
        },
      },
      {
        title: 'Faces, even on a screen',
        message: "If someone you love lives far away, a short video chat lets you see each other's faces.",
        named: {
          title: 'A video chat with {name}?',
          message: 'If {name} is far away, a short video chat lets you see each other. Ten minutes counts.',
        },
      },
      {
        title: 'Voice notes count',
        message: 'Not up for a call? A one-minute voice message still carries your tone and warmth.',
        named: {
          title: 'A voice note for {name}?',
          message: 'Not up for a call? A one-minute voice message to {name} still carries your warmth.',
        },
      },
    ],
    why: "A voice or a face carries warmth that text can miss. Regular calls keep close relationships strong, even when you live far apart.",
    steps: [
      'Send a quick text to ask whether now or later suits them.',
      'Call or video chat for as long as feels good. Five minutes counts.',
      'Before you hang up, say roughly when you might talk again.',
    ],
    minutes: 10,
    withPerson: true,
    sources: ['002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'],
  },
  {
    id: 'connect-meet-in-person',
    kind: 'connect',
    title: 'Spend time together in person',
    nudges: [
      {
        title: 'Coffee with someone?',
        message: 'Is there a friend nearby you could see this week? A coffee or a short walk is enough.',
        named: {
          title: 'Coffee with {name}?',
          message: 'Could you and {name} meet up this week? A coffee or a short walk together is enough.',
        },
      },
      {
        title: 'Put a date in the diary',
        message: 'Plans with a day and a time tend to happen. Who might you suggest one to?',
        named: {
          title: 'A plan with {name}?',
          message: 'Plans with a day and a time tend to happen. How about suggesting one to {name}?',
        },
      },
      {
        title: 'Same room, no agenda',
        message: 'Sitting with someone you like, even doing nothing special, can settle a busy mind.',
        named: {
          title: 'Some easy time with {name}?',
          message: 'Being around {name}, even doing nothing special, might settle a busy mind.',
        },
      },
    ],
    why: 'Time face to face is one of the simplest ways to keep a bond strong. Sharing a meal or a walk with someone helps you feel less alone.',
    steps: [
      'Think of someone nearby whose company you enjoy.',
      'Suggest something easy: a coffee, a walk, a meal at home.',
      'Offer one or two times, so saying yes is simple.',
    ],
    minutes: 5,
    withPerson: true,
    sources: ['002_d9f5a8de2e9f6e3d.txt'],
  },
];
