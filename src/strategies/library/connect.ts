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
        title: 'Someone crossed your mind?',
        message: 'If a friend came to mind today, maybe let them know. Two lines will do.',
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
    sources: ['000_c4f1e1caab31ed9c.txt', '002_d9f5a8de2e9f6e3d.txt', '003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'],
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
    sources: ['002_d9f5a8de2e9f6e3d.txt', '004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'connect-share-how-you-feel',
    kind: 'connect',
    title: "Tell someone how you're really doing",
    nudges: [
      {
        title: 'How are you, really?',
        message: "If something's weighing on you, maybe share a little of it with someone you trust.",
        named: {
          title: 'Open up to {name}?',
          message: "If something's weighing on you, {name} might be a good person to share a little of it with.",
        },
      },
      {
        title: "Not fine? You can say so",
        message: 'You can tell someone "today\'s been hard" without explaining all of it.',
        named: {
          title: 'Be honest with {name}?',
          message: 'You could tell {name} "today\'s been hard". You don\'t have to explain all of it.',
        },
      },
      {
        title: 'Worries shrink out loud',
        message: 'A worry said to a kind listener often looks smaller afterwards. Who feels safe to talk to?',
        named: {
          title: 'A worry to share with {name}?',
          message: 'A worry said to a kind listener often looks smaller afterwards. Could {name} be that person?',
        },
      },
    ],
    why: 'Telling someone who listens how you feel can ease stress and help you feel understood. Worries kept to yourself tend to grow; shared, they often look more manageable. You choose how much to say.',
    steps: [
      'Pick someone who has been kind to you before.',
      'Start small: "Can I tell you about something that\'s bothering me?"',
      'Say how you feel and, if you know, what would help: listening, advice or company.',
    ],
    minutes: 15,
    withPerson: true,
    sources: ['000_c4f1e1caab31ed9c.txt', '001_2bbe601792996373.txt', '003_44232d762f875834.txt'],
  },
  {
    id: 'connect-ask-for-help',
    kind: 'connect',
    title: 'Let someone know what would help',
    nudges: [
      {
        title: "You don't have to do it alone",
        message: 'Is there one thing someone could take off your plate this week?',
        named: {
          title: 'Could {name} lend a hand?',
          message: 'Is there one thing {name} could take off your plate this week?',
        },
      },
      {
        title: 'One small ask',
        message: 'A lift, a meal, an hour of company. People often want to help and just need to know how.',
        named: {
          title: 'One small ask of {name}?',
          message: 'A lift, a meal, an hour of company. {name} may be glad to help once they know how.',
        },
      },
      {
        title: 'Advice, or an ear?',
        message: 'Do you want ideas, or just someone to listen? Saying which makes it easier to help you.',
        named: {
          title: 'Let {name} know what helps',
          message: 'Ideas, or just someone to listen? Telling {name} which one makes it easier for them.',
        },
      },
    ],
    why: 'Leaning on others is part of being resilient, not the opposite of it. When you say plainly what you need, people can help in the way that actually helps.',
    steps: [
      'Notice one thing that would make this week lighter.',
      'Think of someone who could help with it.',
      'Ask plainly, and make it easy to say no: "No worries if you can\'t."',
    ],
    minutes: 5,
    withPerson: true,
    sources: ['003_44232d762f875834.txt', '004_b5ce1fd66079e5eb.txt'],
  },
  {
    id: 'connect-listen-fully',
    kind: 'connect',
    title: 'Listen fully',
    nudges: [
      {
        title: 'Just listen',
        message: 'Next time someone tells you about their day, try listening without planning your reply.',
      },
      {
        title: 'One more question',
        message: 'When a friend shares something, ask one more question before you give your view.',
      },
      {
        title: '"That sounds hard"',
        message: 'Sometimes those three words help more than any fix. Try them the next time someone opens up.',
      },
    ],
    why: "Being really heard is a gift, and it tells people their feelings make sense. Listening well also keeps support flowing both ways, which is what holds a friendship together.",
    steps: [
      'Put your phone face down and give the person your attention.',
      'Let them finish, then ask one open question, like "What was that like?"',
      'Say back what you heard, and name the feeling if you can: "That sounds frustrating."',
    ],
    minutes: 10,
    withPerson: true,
    sources: ['003_44232d762f875834.txt'],
  },
  {
    id: 'connect-be-there',
    kind: 'connect',
    title: 'Be there for someone',
    nudges: [
      {
        title: 'Anyone waiting on a reply?',
        message: 'Is there a message from a friend you meant to answer? A short reply now is plenty.',
        named: {
          title: 'A reply for {name}?',
          message: "If {name} reached out lately, a short reply now is plenty. It needn't be long.",
        },
      },
      {
        title: 'Who might need a hand?',
        message: 'Is someone you know going through a tough patch? A "thinking of you" can mean a lot.',
        named: {
          title: 'How is {name} doing?',
          message: 'If {name} has a lot on at the moment, a "thinking of you" could mean a great deal.',
        },
      },
      {
        title: 'Offer something specific',
        message: '"Can I bring dinner on Thursday?" is easier to accept than "let me know if you need anything."',
        named: {
          title: 'Something you could offer {name}?',
          message: 'A specific offer, like dinner on Thursday, is easier for {name} to say yes to.',
        },
      },
    ],
    why: "Support works best when it goes both ways. Answering when someone reaches out, and offering help when you can, builds trust. It often lifts your own mood too.",
    steps: [
      "Look through recent messages for anyone you haven't answered.",
      'Reply, even briefly, or ask how they are doing.',
      'If you have the energy, offer one specific thing: a call, a walk, a meal.',
    ],
    minutes: 5,
    withPerson: true,
    sources: ['003_44232d762f875834.txt', '000_c4f1e1caab31ed9c.txt'],
  },
  {
    id: 'connect-swap-what-helps',
    kind: 'connect',
    title: 'Ask how someone else coped',
    nudges: [
      {
        title: 'Someone who has been there?',
        message: "Do you know someone who has faced something like what you're facing? Their story may help.",
        named: {
          title: 'Ask {name} how they coped?',
          message: 'If {name} has been through something similar, you could ask what helped them.',
        },
      },
      {
        title: 'Swap what works',
        message: 'Ask a friend what gets them through hard days. You might both pick up something new.',
        named: {
          title: 'Swap tips with {name}?',
          message: 'Ask {name} what gets them through hard days. You might both pick up something new.',
        },
      },
      {
        title: 'Talk it through',
        message: 'Talking a problem over with someone often turns up options you missed on your own.',
        named: {
          title: 'Talk it over with {name}?',
          message: 'Talking it over with {name} might turn up options you missed on your own.',
        },
      },
    ],
    why: 'Everyone brings different experience, so talking things over widens your set of ways to cope. Saying a problem aloud can also make it feel more in hand. Friends often know a good book or contact, too.',
    steps: [
      "Think of one thing you're stuck on.",
      'Pick someone who has been through something similar, or who sees things differently.',
      'Ask: "What helped you when…?" Listen, and keep what fits.',
    ],
    minutes: 15,
    withPerson: true,
    sources: ['003_44232d762f875834.txt'],
  },
  {
    id: 'connect-mentor-or-colleague',
    kind: 'connect',
    title: 'Reach out to a mentor or colleague',
    nudges: [
      {
        title: 'A word with a mentor?',
        message: 'A mentor, teacher or experienced colleague can offer a steady view. Is there one you could write to?',
        named: {
          title: 'A note to {name}?',
          message: '{name} might offer a steady view on what you are facing. A short note could start it.',
        },
      },
      {
        title: 'Work friends count',
        message: "Support can come from work too. Maybe ask a colleague how their week is going.",
      },
      {
        title: 'An update for an old guide',
        message: 'Someone who guided you once might enjoy hearing how you are, and may have ideas for now.',
        named: {
          title: 'News for {name}?',
          message: '{name} might enjoy hearing how you are getting on, and may have ideas for now.',
        },
      },
    ],
    why: 'A support network works best with a mix of people: family, friends, colleagues and mentors. Someone a little further along can offer encouragement and a calmer view.',
    steps: [
      'Think of a mentor, teacher or colleague you respect.',
      'Send a short note with a quick update and one question.',
      'Keep it light. There is no need for a big ask.',
    ],
    minutes: 5,
    withPerson: true,
    sources: ['002_d9f5a8de2e9f6e3d.txt', '000_c4f1e1caab31ed9c.txt'],
  },
];
