import { createHash } from 'node:crypto';
import type { CatalogTitleDocument } from '../../src/store/CatalogTitleDocument.js';

/** The test clock: offers' windows are judged at this instant. */
export const NOW = new Date('2026-06-01T12:00:00Z');

/** A stable UUID per fixture name (v5 layout over SHA-1), so tests can name titles instead of ids. */
export function fixtureId(name: string): string {
  const hex = createHash('sha1').update(`discovery-fixture:${name}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Offer = CatalogTitleDocument['offers'][number];

function offer(platformId: string, availabilityType: Offer['availabilityType'], regions: string[] | null, extra: Partial<Offer> = {}): Offer {
  return { platformId, availabilityType, regions, availableFrom: null, expiresAt: null, source: 'justwatch', ...extra };
}

function doc(name: string, fields: Partial<CatalogTitleDocument>): CatalogTitleDocument {
  return {
    titleId: fixtureId(name),
    contentType: 'MOVIE',
    name,
    originalName: null,
    localizedNames: [],
    overview: null,
    genres: [],
    directors: [],
    cast: [],
    releaseYear: null,
    releaseDate: null,
    runtimeMinutes: null,
    contentRating: null,
    popularity: 0.5,
    averageRating: null,
    voteCount: 0,
    qualityScore: 0,
    externalIds: [],
    offers: [],
    ...fields,
  };
}

const mpaa = (rating: string) => ({ system: 'MPAA', rating });

/**
 * 32 hand-written titles, each there for a case: title vs overview-only matches ("terminator"), exact names ("Heat"
 * and "Heat Wave"), people on several titles (Cameron, Hanks, Nolan, Spielberg), non-English and non-Latin names,
 * a stop-word title ("It"), every genre filter and rating level including unrated, series without runtime, a title
 * with no year or runtime, and offers that are regional, worldwide, platform-bound, expired or not yet live.
 */
export function discoveryFixtures(): CatalogTitleDocument[] {
  return [
    doc('The Terminator', {
      overview: 'A cyborg assassin is sent back in time to kill the mother of the future resistance leader.',
      genres: ['action', 'science_fiction'], directors: ['James Cameron'], cast: ['Arnold Schwarzenegger', 'Linda Hamilton'],
      releaseYear: 1984, releaseDate: '1984-10-26', runtimeMinutes: 107, contentRating: mpaa('R'), popularity: 0.85,
      averageRating: 8.1, voteCount: 900_000, qualityScore: 0.9, externalIds: [{ system: 'imdb', value: 'tt0088247' }],
      offers: [offer('netflix', 'SUBSCRIPTION', ['US', 'CA'])],
    }),
    doc('Terminator 2: Judgment Day', {
      overview: 'A reprogrammed cyborg protects a boy from a shape-shifting machine sent from the future.',
      genres: ['action', 'science_fiction'], directors: ['James Cameron'], cast: ['Arnold Schwarzenegger', 'Linda Hamilton'],
      releaseYear: 1991, runtimeMinutes: 137, contentRating: mpaa('R'), popularity: 0.9, averageRating: 8.6,
      offers: [offer('prime_video', 'RENTAL', null)],
    }),
    doc('The Machine Hunter', {
      overview: 'A retired detective tracks a rogue terminator robot through the flooded streets of a drowned city.',
      genres: ['thriller'], directors: ['Ana Ruiz'], cast: ['Mark Doyle'], releaseYear: 2019, runtimeMinutes: 98,
      contentRating: mpaa('PG-13'), popularity: 0.95, averageRating: 5.9,
      offers: [offer('netflix', 'SUBSCRIPTION', ['US'])],
    }),
    doc('Alien', {
      overview: 'The crew of a commercial spacecraft meets a deadly lifeform after answering a distress call.',
      genres: ['horror', 'science_fiction'], directors: ['Ridley Scott'], cast: ['Sigourney Weaver'], releaseYear: 1979,
      runtimeMinutes: 117, contentRating: mpaa('R'), popularity: 0.8, averageRating: 8.5,
      offers: [offer('hulu', 'SUBSCRIPTION', null)],
    }),
    doc('Aliens', {
      overview: 'Ripley returns to the moon where her crew met the creature, this time with colonial marines.',
      genres: ['action', 'science_fiction'], directors: ['James Cameron'], cast: ['Sigourney Weaver'], releaseYear: 1986,
      runtimeMinutes: 137, contentRating: mpaa('R'), popularity: 0.75, averageRating: 8.4,
    }),
    doc('Titanic', {
      overview: 'A young aristocrat falls in love with a poor artist aboard the ill-fated liner.',
      genres: ['romance', 'drama'], directors: ['James Cameron'], cast: ['Leonardo DiCaprio', 'Kate Winslet'],
      releaseYear: 1997, runtimeMinutes: 194, contentRating: mpaa('PG-13'), popularity: 0.88, averageRating: 7.9,
      offers: [offer('disney_plus', 'SUBSCRIPTION', null), offer('prime_video', 'PURCHASE', ['GB'])],
    }),
    doc('Spider-Man', {
      overview: 'Bitten by a genetically altered spider, a shy student gains powers and fights a green goblin.',
      genres: ['action', 'adventure'], directors: ['Sam Raimi'], cast: ['Tobey Maguire', 'Kirsten Dunst'], releaseYear: 2002,
      runtimeMinutes: 121, contentRating: mpaa('PG-13'), popularity: 0.78, averageRating: 7.4,
    }),
    doc('Spider-Man: Into the Spider-Verse', {
      overview: 'Teen Miles Morales becomes the Spider-Man of his universe and crosses paths with others.',
      genres: ['animation', 'action', 'adventure'], directors: ['Bob Persichetti', 'Peter Ramsey'], cast: ['Shameik Moore'],
      releaseYear: 2018, runtimeMinutes: 117, contentRating: mpaa('PG'), popularity: 0.82, averageRating: 8.4,
    }),
    doc('The Amazing Spider-Man', {
      overview: 'Peter Parker investigates his parents\u2019 disappearance and faces the Lizard.',
      genres: ['action', 'adventure'], directors: ['Marc Webb'], cast: ['Andrew Garfield', 'Emma Stone'], releaseYear: 2012,
      runtimeMinutes: 136, contentRating: mpaa('PG-13'), popularity: 0.6, averageRating: 6.9,
    }),
    doc('Spirited Away', {
      originalName: '千と千尋の神隠し', localizedNames: ['Le Voyage de Chihiro', 'Chihiros Reise ins Zauberland'],
      overview: 'A sullen girl wanders into a world ruled by gods, witches and spirits, where humans become beasts.',
      genres: ['animation', 'family', 'fantasy'], directors: ['Hayao Miyazaki'], cast: ['Rumi Hiiragi'], releaseYear: 2001,
      runtimeMinutes: 125, contentRating: mpaa('PG'), popularity: 0.87, averageRating: 8.6,
      offers: [offer('netflix', 'SUBSCRIPTION', ['GB', 'FR', 'JP'])],
    }),
    doc('Amélie', {
      originalName: "Le Fabuleux Destin d'Amélie Poulain",
      overview: 'A shy waitress in Montmartre decides to change the lives of those around her for the better.',
      genres: ['comedy', 'romance'], directors: ['Jean-Pierre Jeunet'], cast: ['Audrey Tautou'], releaseYear: 2001,
      runtimeMinutes: 122, contentRating: mpaa('R'), popularity: 0.7, averageRating: 8.3,
      offers: [offer('youtube', 'FREE', ['FR'])],
    }),
    doc('Das Boot', {
      overview: 'The crew of a German submarine endures tension and terror on a patrol in the Atlantic.',
      genres: ['war', 'drama', 'history'], directors: ['Wolfgang Petersen'], cast: ['Jürgen Prochnow'], releaseYear: 1981,
      runtimeMinutes: 149, contentRating: mpaa('R'), popularity: 0.55, averageRating: 8.4,
    }),
    doc('It', {
      overview: 'Seven children face a shape-shifting clown that preys on their small town every 27 years.',
      genres: ['horror'], directors: ['Andy Muschietti'], cast: ['Bill Skarsgård'], releaseYear: 2017, runtimeMinutes: 135,
      contentRating: mpaa('R'), popularity: 0.74, averageRating: 7.3,
    }),
    doc('Heat', {
      overview: 'A group of professional bank robbers feel the heat from police after a slip in their final job.',
      genres: ['crime', 'thriller'], directors: ['Michael Mann'], cast: ['Al Pacino', 'Robert De Niro'], releaseYear: 1995,
      runtimeMinutes: 170, contentRating: mpaa('R'), popularity: 0.6, averageRating: 8.3,
      offers: [offer('netflix', 'SUBSCRIPTION', ['US']), offer('prime_video', 'RENTAL', ['US', 'GB'])],
    }),
    doc('Heat Wave', {
      overview: 'Scientists follow the hottest summer on record across three continents.',
      genres: ['documentary'], directors: ['Lena Fischer'], releaseYear: 2021, runtimeMinutes: 88, contentRating: mpaa('G'),
      popularity: 0.9, averageRating: 6.5,
    }),
    doc('Breaking Bad', {
      contentType: 'SERIES',
      overview: 'A chemistry teacher diagnosed with cancer turns to making methamphetamine to secure his family.',
      genres: ['crime', 'drama', 'thriller'], directors: ['Vince Gilligan'], cast: ['Bryan Cranston', 'Aaron Paul'],
      releaseYear: 2008, contentRating: { system: 'TV', rating: 'TV-MA' }, popularity: 0.92, averageRating: 9.5,
      offers: [offer('netflix', 'SUBSCRIPTION', null)],
    }),
    doc('Stranger Things', {
      contentType: 'SERIES',
      overview: 'When a boy vanishes, a small town uncovers secret experiments and a girl with strange powers.',
      genres: ['science_fiction', 'horror', 'drama'], directors: ['The Duffer Brothers'], cast: ['Winona Ryder', 'Millie Bobby Brown'],
      releaseYear: 2016, contentRating: mpaa('PG-13'), popularity: 0.93, averageRating: 8.7,
      offers: [offer('netflix', 'SUBSCRIPTION', null)],
    }),
    doc('The Office', {
      contentType: 'SERIES',
      overview: 'A mockumentary on a group of typical office workers at a paper company.',
      genres: ['comedy'], directors: ['Greg Daniels'], cast: ['Steve Carell'], releaseYear: 2005, contentRating: mpaa('PG'),
      popularity: 0.89, averageRating: 9.0,
      offers: [offer('peacock', 'SUBSCRIPTION', null)],
    }),
    doc('Toy Story', {
      overview: 'A cowboy doll feels threatened when a new spaceman figure becomes the top toy in a boy\u2019s room.',
      genres: ['animation', 'family', 'comedy'], directors: ['John Lasseter'], cast: ['Tom Hanks', 'Tim Allen'],
      releaseYear: 1995, runtimeMinutes: 81, contentRating: mpaa('G'), popularity: 0.86, averageRating: 8.3,
      offers: [offer('disney_plus', 'SUBSCRIPTION', null)],
    }),
    doc('Cast Away', {
      overview: 'A courier stranded on an uninhabited island after his plane crashes must learn to survive alone.',
      genres: ['drama', 'adventure'], directors: ['Robert Zemeckis'], cast: ['Tom Hanks'], releaseYear: 2000,
      runtimeMinutes: 143, contentRating: mpaa('PG-13'), popularity: 0.65, averageRating: 7.8,
    }),
    doc('Forrest Gump', {
      overview: 'A kind man with a low IQ witnesses and shapes decades of American history.',
      genres: ['drama', 'romance'], directors: ['Robert Zemeckis'], cast: ['Tom Hanks', 'Robin Wright'], releaseYear: 1994,
      runtimeMinutes: 142, contentRating: mpaa('PG-13'), popularity: 0.84, averageRating: 8.8,
      offers: [offer('netflix', 'SUBSCRIPTION', ['US'], { expiresAt: '2026-12-31T00:00:00Z' })],
    }),
    doc('The Godfather', {
      overview: 'The aging patriarch of an organized crime dynasty transfers control to his reluctant son.',
      genres: ['crime', 'drama'], directors: ['Francis Ford Coppola'], cast: ['Marlon Brando', 'Al Pacino'], releaseYear: 1972,
      runtimeMinutes: 175, contentRating: mpaa('R'), popularity: 0.91, averageRating: 9.2,
      offers: [offer('paramount_plus', 'SUBSCRIPTION', null)],
    }),
    doc('Planet Earth', {
      contentType: 'SERIES',
      overview: 'A landmark natural history series filmed across every continent.',
      genres: ['documentary'], directors: ['Alastair Fothergill'], cast: ['David Attenborough'], releaseYear: 2006,
      popularity: 0.7, averageRating: 9.4,
      offers: [offer('bbc_iplayer', 'FREE', null)],
    }),
    doc('Paddington', {
      overview: 'A young Peruvian bear travels to London in search of a home.',
      genres: ['family', 'comedy', 'adventure'], directors: ['Paul King'], cast: ['Ben Whishaw'], releaseYear: 2014,
      runtimeMinutes: 95, contentRating: mpaa('PG'), popularity: 0.66, averageRating: 7.3,
      offers: [offer('youtube', 'FREE', ['GB']), offer('prime_video', 'RENTAL', ['US'])],
    }),
    doc('Gone Tomorrow', {
      overview: 'A heist crew races the clock before the vault closes.',
      genres: ['crime'], directors: ['Sam Ortiz'], releaseYear: 2015, runtimeMinutes: 100, contentRating: mpaa('R'),
      popularity: 0.3, averageRating: 6.0,
      offers: [offer('netflix', 'SUBSCRIPTION', ['US'], { expiresAt: '2026-05-01T00:00:00Z' })],
    }),
    doc('Coming Soon', {
      overview: 'A projectionist keeps a small-town cinema alive.',
      genres: ['comedy', 'drama'], directors: ['Ida Berg'], releaseYear: 2026, runtimeMinutes: 104, contentRating: mpaa('PG'),
      popularity: 0.2,
      offers: [offer('netflix', 'SUBSCRIPTION', ['US'], { availableFrom: '2026-09-01T00:00:00Z' })],
    }),
    doc('Untitled Project', {
      overview: 'An experimental film with no release year and no runtime on record.',
      genres: ['drama'], popularity: 0.1,
    }),
    doc('Interstellar', {
      overview: 'Explorers travel through a wormhole in space to ensure humanity\u2019s survival.',
      genres: ['science_fiction', 'drama', 'adventure'], directors: ['Christopher Nolan'], cast: ['Matthew McConaughey', 'Anne Hathaway'],
      releaseYear: 2014, runtimeMinutes: 169, contentRating: mpaa('PG-13'), popularity: 0.94, averageRating: 8.7,
      offers: [offer('prime_video', 'SUBSCRIPTION', ['US', 'GB', 'DE'])],
    }),
    doc('Inception', {
      overview: 'A thief who steals corporate secrets through dream-sharing is given the task of planting an idea.',
      genres: ['action', 'science_fiction', 'thriller'], directors: ['Christopher Nolan'], cast: ['Leonardo DiCaprio'],
      releaseYear: 2010, runtimeMinutes: 148, contentRating: mpaa('PG-13'), popularity: 0.93, averageRating: 8.8,
      offers: [offer('netflix', 'SUBSCRIPTION', ['US'])],
    }),
    doc('The Dark Knight', {
      overview: 'Batman faces the Joker, a criminal mastermind who plunges Gotham into anarchy.',
      genres: ['action', 'crime', 'drama'], directors: ['Christopher Nolan'], cast: ['Christian Bale', 'Heath Ledger'],
      releaseYear: 2008, runtimeMinutes: 152, contentRating: mpaa('PG-13'), popularity: 0.96, averageRating: 9.0,
      offers: [offer('hbo_max', 'SUBSCRIPTION', null)],
    }),
    doc('Jurassic Park', {
      overview: 'A theme park of cloned dinosaurs suffers a power failure during a preview tour.',
      genres: ['adventure', 'science_fiction'], directors: ['Steven Spielberg'], cast: ['Sam Neill', 'Laura Dern'],
      releaseYear: 1993, runtimeMinutes: 127, contentRating: mpaa('PG-13'), popularity: 0.89, averageRating: 8.2,
      offers: [offer('peacock', 'SUBSCRIPTION', null)],
    }),
    doc("Schindler's List", {
      overview: 'A German industrialist saves the lives of more than a thousand refugees during the Holocaust.',
      genres: ['history', 'drama', 'war'], directors: ['Steven Spielberg'], cast: ['Liam Neeson', 'Ralph Fiennes'],
      releaseYear: 1993, runtimeMinutes: 195, contentRating: mpaa('R'), popularity: 0.8, averageRating: 9.0,
      offers: [offer('netflix', 'SUBSCRIPTION', ['DE']), offer('youtube', 'RENTAL', null)],
    }),
  ];
}
