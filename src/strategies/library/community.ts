/**
 * Community: groups, clubs, support groups and online communities. 001 suggests clubs and
 * volunteering; 000, 002 and 003 support groups and online communities; 004 community
 * resilience.
 */
import type { Strategy } from '../types.ts';

export const COMMUNITY: readonly Strategy[] = [
  {
    id: 'community-join-a-club',
    kind: 'community',
    title: 'Join something you enjoy',
    nudges: [
      { title: 'Something to join?', message: 'A book club, a choir, an art class. Is there a group around something you love?' },
      { title: 'Try one session', message: 'No need to sign up for a year. How about finding one local class or club to try once?' },
      { title: 'Find your people', message: 'Doing something you care about alongside others is one of the easiest ways to make friends.' },
    ],
    why: 'Groups built around a shared interest make meeting people easier, because you already have something in common. Regular meetups can slowly grow into friendships that hold you up.',
    steps: [
      'Pick one interest: books, sport, art, games, cooking, anything.',
      'Look for a club, class or league that meets near you.',
      'Go once, and decide afterwards whether you want to go back.',
    ],
    minutes: 15,
    withPerson: true,
    sources: ['001_2bbe601792996373.txt', '002_d9f5a8de2e9f6e3d.txt'],
  },
  {
    id: 'community-volunteer',
    kind: 'community',
    title: 'Volunteer for something you care about',
    nudges: [
      { title: 'Lend a hand?', message: 'Volunteering brings purpose and people at the same time. Is there a cause close to your heart?' },
      { title: 'An afternoon for a cause', message: 'Many groups welcome help for a single afternoon. Maybe look for one that fits your week.' },
      { title: 'Helping helps both ways', message: 'Giving time alongside others often leaves people feeling more connected. Curious?' },
    ],
    why: 'Working with others for something you care about builds connection and a sense of belonging. It can also remind you of your own strengths.',
    steps: [
      'Think of a cause you care about: animals, neighbours, the outdoors, a local library.',
      'Find a group nearby that is looking for volunteers.',
      'Offer a small amount of time to start, like one afternoon.',
    ],
    minutes: 20,
    withPerson: true,
    sources: ['001_2bbe601792996373.txt'],
  },
  {
    id: 'community-support-group',
    kind: 'community',
    title: 'Find a support group',
    nudges: [
      { title: 'People who get it', message: "Whatever you're going through, there may be a group of people facing the same thing." },
      { title: 'A room where you fit', message: 'There are support groups for grief, health, caring for someone and much more. Want to look?' },
      { title: 'Ask for a suggestion', message: 'A doctor or counsellor can often point you to a good local group. It\'s a simple thing to ask.' },
    ],
    why: 'Being with people who have faced something similar can bring a deep sense of being understood. Members share what worked for them, which can give you fresh ideas and hope.',
    steps: [
      'Name what you want support with, in a word or two.',
      'Search for local or online groups on that topic, or ask a health professional for suggestions.',
      'Go to one meeting to see how it feels. Just listening is fine.',
    ],
    minutes: 15,
    withPerson: true,
    sources: ['000_c4f1e1caab31ed9c.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'],
  },
  {
    id: 'community-show-up',
    kind: 'community',
    title: 'Go to the next meetup',
    nudges: [
      { title: 'See you there?', message: 'If you belong to a group or club, the next meetup might be worth making room for.' },
      { title: 'Showing up is enough', message: "You don't have to say much. Being in the room still counts." },
      { title: 'Familiar faces', message: 'Belonging grows each time you turn up. Is there a group you could go back to this week?' },
    ],
    why: 'Taking part in group activities over time builds a sense of belonging. The more often you go, the more familiar and comfortable it feels.',
    steps: [
      'Check when your group next meets.',
      'Put it in your calendar with a reminder.',
      'Go, say hello to one person, and let that be enough.',
    ],
    minutes: 5,
    withPerson: true,
    sources: ['002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'],
  },
  {
    id: 'community-online',
    kind: 'community',
    title: 'Find an online community',
    nudges: [
      { title: 'Support from anywhere', message: 'If getting out is hard, an online group can be a gentle place to find people like you.' },
      { title: 'Not the only one', message: "A forum about what you're facing can show you how many others have been there too." },
      { title: 'Kind corners of the web', message: 'Look for online spaces that feel welcoming. It\'s fine to leave the ones that drain you.' },
    ],
    why: 'Online communities connect you with people who understand, wherever you live. They help most when distance, health or social anxiety make meeting in person hard. Online friendships can support you too.',
    steps: [
      "Think about what you'd like support with, or an interest you'd like to share.",
      'Look for a forum or group on it with clear rules and a friendly tone.',
      'Read for a while first to get a feel for the place.',
    ],
    minutes: 10,
    withPerson: false,
    sources: ['001_2bbe601792996373.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt'],
  },
  {
    id: 'community-take-part-online',
    kind: 'community',
    title: 'Take part in an online group',
    nudges: [
      { title: 'Say hello to the group', message: 'If you mostly read an online group quietly, maybe post a short hello or a reply today.' },
      { title: 'Your story might help', message: "A little of what worked for you could help someone who's struggling now." },
      { title: 'One kind comment', message: "An encouraging reply to someone's post takes a minute and can brighten their day." },
    ],
    why: 'Communities give the most when you join in: sharing, asking and encouraging others. Those small exchanges slowly turn strangers into real connections.',
    steps: [
      'Open a community you trust.',
      'Reply kindly to one post, or ask one question of your own.',
      'Share only what feels comfortable, and keep private details private.',
    ],
    minutes: 5,
    withPerson: false,
    sources: ['003_44232d762f875834.txt'],
  },
  {
    id: 'community-neighbours',
    kind: 'community',
    title: 'Get to know your neighbours',
    nudges: [
      { title: 'Hello, neighbour', message: 'A wave, a chat at the door, a shared parcel. Small ties close to home add up.' },
      { title: 'Who lives near you?', message: 'Neighbours who know each other look out for each other. Maybe say hi to one this week?' },
      { title: 'Something local?', message: 'Is there a market, fair or clean-up nearby you could pop along to?' },
    ],
    why: 'Communities get through shocks together, and knowing the people around you is part of that. Local ties mean help is close at hand, for them and for you.',
    steps: [
      "Say hello to a neighbour you haven't spoken to much.",
      'Swap names, or numbers if it feels right.',
      'Watch for a local event and go to one.',
    ],
    minutes: 5,
    withPerson: true,
    sources: ['004_b5ce1fd66079e5eb.txt'],
  },
];
