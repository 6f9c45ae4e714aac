/**
 * Names and everyday sentences for generated people and answers. Plain, calm wording on
 * purpose: the crisis-phrase list (server/services/safety/crisis-phrases.ts) must never
 * match generated text, so flags come only from the answers chosen to raise them.
 */

export const FIRST_NAMES = [
  "Grace", "Daniel", "Maya", "Oliver", "Priya", "Samuel", "Elena", "Marcus", "Hannah", "Tomas",
  "Aisha", "Jonah", "Leah", "Rafael", "Chloe", "Isaac", "Nora", "Mateo", "Ruth", "Kwame",
  "Sofia", "Ethan", "Amara", "Lucas", "Ingrid", "Malik", "Zoe", "Felix", "Yara", "Gabriel",
  "Naomi", "Theo", "Lena", "Andre", "Mei", "Owen", "Clara", "Diego", "Ava", "Hugo",
  "Farah", "Julian", "Iris", "Kofi", "Rosa", "Simon", "Tara", "Victor", "Wren", "Yusuf",
];

export const LAST_NAMES = [
  "Hartley", "Osei", "Lindqvist", "Moreno", "Okafor", "Brennan", "Tanaka", "Castillo", "Whitfield", "Nakamura",
  "Adeyemi", "Kowalski", "Fischer", "Delgado", "Mensah", "Larsen", "Quinn", "Ibrahim", "Sorensen", "Vasquez",
  "Achebe", "Novak", "Patel", "Reyes", "Holloway", "Chen", "Duarte", "Eriksen", "Farouk", "Gallagher",
  "Haddad", "Iversen", "Jovanovic", "Kimura", "Lachance", "Mbeki", "Nilsson", "Oyelaran", "Pereira", "Rasmussen",
];

export const PRACTICE_NAMES = ["Riverside Couples Practice", "Harbor Counseling Group", "Northgate Relationship Center", "Willow Lane Therapy", "Cedar Street Counseling", "Lakeshore Family Practice"];

/** Short phrases for short_text answers and list items. */
export const PHRASES = [
  "A quiet evening at home",
  "We cooked dinner together",
  "Walked the dog after work",
  "Talked for ten minutes before bed",
  "Texted during the day to check in",
  "Felt tense after the phone call",
  "A good morning, coffee on the porch",
  "Left work early to be home",
  "Sat together without our phones",
  "Planned the weekend together",
  "Hard day, but we stayed calm",
  "Shared the calendar for the week",
  "Took a break when it got heated",
  "Went to the farmers market",
  "Kept the promise about calling",
  "Asked how my day went",
  "A song in the car brought it back",
  "Watched a film and laughed",
  "Read the letter again slowly",
  "Gave each other some space",
  "Said thank you for the help",
  "Held hands on the walk",
  "Checked in at lunch",
  "Talked about the kids' week",
  "Agreed to revisit it on Sunday",
];

/** Sentences combined for long_text answers. */
export const SENTENCES = [
  "I noticed I felt calmer when we talked before dinner instead of late at night.",
  "Some days are still harder than others, especially around the places that remind me of what happened.",
  "I want us to keep the routine of checking in, even when the day feels ordinary.",
  "It helped when you told me about your plans before I had to ask.",
  "I am trying to listen without explaining myself straight away.",
  "Weekends are easier because we have more time together and fewer surprises.",
  "I felt hopeful after our last session, and I want to hold on to that.",
  "When I get quiet it usually means I am thinking, not that I am angry.",
  "I would like us to plan one small thing to look forward to each week.",
  "Reading this back, I can see how much has changed since we started.",
  "I still have questions, but I can wait for the right time to ask them.",
  "The hardest moments are in the evening, when the house is quiet.",
  "I appreciated that you stayed in the room when the conversation got difficult.",
  "I want to understand what was going on for you, not only what happened.",
  "It is easier to be honest when I know we will talk about it calmly.",
  "We agreed to take a short break and come back to it, and that worked.",
  "I am learning to say what I need instead of waiting for you to guess.",
  "There were two days this week when I did not think about it at all.",
  "I know trust comes back slowly, and I am willing to keep showing up.",
  "I would like our counselor to help us talk about money and time apart.",
];

export const AGENDA_ITEMS = [
  "Review the week's check-ins",
  "Talk about the impact letter",
  "Plan for the family visit",
  "Revisit the transparency agreement",
  "Trust scores this month",
  "What helped on the hard days",
  "Setting the next small goal",
  "Questions held for session",
  "Repair after Tuesday's argument",
  "Check the promise ledger",
];

export const SESSION_NOTE_SENTENCES = [
  "Both partners engaged; less defensiveness than last week.",
  "Hurt partner reports fewer painful reminders; sleep improving.",
  "Involved partner offered information without prompting twice this week.",
  "Discussed pacing of the disclosure conversation; agreed to continue next session.",
  "Explored the pattern of withdrawal after conflict; assigned listening practice.",
  "Safety screen reviewed, no concerns raised today.",
  "Trust ratings diverging; named it gently and asked each to notice the gap.",
  "Homework completion good; check-ins mostly on time.",
  "Plan: revisit the agreement review in two weeks.",
];

export const ACTIONS_TAKEN = [
  "Called the partner the same day; safety plan reviewed.",
  "Discussed in session; no immediate risk identified.",
  "Checked in by phone; resources shared.",
  "Individual session booked for this week.",
];

export const USER_AGENTS = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
  "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Mobile Safari/537.36",
];

/** Couples' own zones; all change their clocks away from midnight, as deadlinesFor assumes real zones do. */
export const TIME_ZONES: readonly (readonly [string, number])[] = [
  ["America/New_York", 30],
  ["America/Chicago", 22],
  ["America/Denver", 8],
  ["America/Phoenix", 4],
  ["America/Los_Angeles", 20],
  ["America/Toronto", 6],
  ["Europe/London", 5],
  ["Australia/Sydney", 3],
  ["Pacific/Honolulu", 2],
];

export const PRACTICE_TIME_ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"];
