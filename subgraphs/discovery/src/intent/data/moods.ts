/**
 * The moods a query can ask for. PRODUCT_SPEC §4 names dark, uplifting, intense, relaxing and funny for the rule
 * parser; the rest are the words people actually type next to a genre. Moods are soft: ranking uses them as match
 * reasons and boosts, never as filters, because few titles carry mood tags yet.
 */
export const MOODS = [
  'dark', 'feel_good', 'uplifting', 'intense', 'relaxing', 'funny', 'scary', 'romantic', 'sad', 'thought_provoking',
  'mind_bending', 'suspenseful', 'gritty', 'lighthearted', 'heartwarming', 'inspiring', 'quirky', 'epic',
] as const;
export type Mood = (typeof MOODS)[number];

/** How a mood reads in a match reason. */
export const MOOD_LABELS: Readonly<Record<Mood, string>> = Object.freeze({
  dark: 'dark',
  feel_good: 'feel-good',
  uplifting: 'uplifting',
  intense: 'intense',
  relaxing: 'relaxing',
  funny: 'funny',
  scary: 'scary',
  romantic: 'romantic',
  sad: 'sad',
  thought_provoking: 'thought-provoking',
  mind_bending: 'mind-bending',
  suspenseful: 'suspenseful',
  gritty: 'gritty',
  lighthearted: 'lighthearted',
  heartwarming: 'heartwarming',
  inspiring: 'inspiring',
  quirky: 'quirky',
  epic: 'epic',
});

/**
 * Words and phrases for each mood. Phrases match across hyphens and spaces alike ("feel-good", "feel good" and
 * "feelgood" are one key), so each is listed once.
 */
export const MOOD_TERMS: Readonly<Record<Mood, readonly string[]>> = Object.freeze({
  dark: ['dark', 'bleak', 'grim', 'brooding'],
  feel_good: ['feel-good', 'cheerful', 'happy', 'upbeat', 'joyful'],
  uplifting: ['uplifting', 'hopeful', 'optimistic'],
  intense: ['intense', 'gripping', 'edge of my seat', 'edge of your seat', 'adrenaline'],
  relaxing: ['relaxing', 'chill', 'calm', 'cozy', 'cosy', 'soothing', 'comforting', 'comfort'],
  funny: ['funny', 'hilarious', 'witty', 'silly', 'laugh out loud'],
  scary: ['scary', 'creepy', 'spooky', 'terrifying', 'frightening', 'chilling', 'eerie'],
  romantic: ['swoony', 'lovey-dovey'],
  sad: ['sad', 'tearjerker', 'tear-jerker', 'heartbreaking', 'emotional', 'melancholic', 'melancholy'],
  thought_provoking: ['thought-provoking', 'thoughtful', 'cerebral', 'philosophical', 'smart'],
  mind_bending: ['mind-bending', 'mind-blowing', 'trippy', 'twisty', 'surreal'],
  suspenseful: ['suspenseful', 'tense', 'nail-biting', 'nailbiter'],
  gritty: ['gritty', 'raw', 'violent', 'brutal'],
  lighthearted: ['lighthearted', 'light-hearted', 'breezy', 'fun'],
  heartwarming: ['heartwarming', 'heart-warming', 'wholesome', 'sweet', 'touching'],
  inspiring: ['inspiring', 'inspirational', 'motivational'],
  quirky: ['quirky', 'offbeat', 'weird', 'whimsical', 'eccentric', 'absurd'],
  epic: ['epic', 'sweeping'],
});
