import type { DiscoveryVocabulary } from '@media-gateway/discovery';

/**
 * A small catalogue vocabulary with the shapes that matter to the parser and the corrector: one-word titles that
 * are also ordinary words ("Heat", "Dark"), multi-word titles made of rule words ("Feel Good") or not ("Free Solo",
 * "The Dark Knight"), people with unique and shared surnames.
 */
export const TEST_VOCABULARY: DiscoveryVocabulary = {
  titles: [
    { text: 'Heat', popularity: 0.8 },
    { text: 'The Heat', popularity: 0.4 },
    { text: 'Dark', popularity: 0.6 },
    { text: 'The Dark Knight', popularity: 0.95 },
    { text: 'Free Solo', popularity: 0.5 },
    { text: 'Feel Good', popularity: 0.3 },
    { text: 'Stranger Things', popularity: 0.9 },
    { text: 'Interstellar', popularity: 0.9 },
    { text: 'Inception', popularity: 0.9 },
    { text: 'Tenet', popularity: 0.7 },
    { text: 'Jurassic Park', popularity: 0.85 },
    { text: 'Pulp Fiction', popularity: 0.9 },
    { text: 'Gone Girl', popularity: 0.7 },
    { text: 'Blade Runner', popularity: 0.8 },
    { text: 'Titanic', popularity: 0.9 },
    { text: 'Titan A.E.', popularity: 0.2 },
    { text: 'Amélie', popularity: 0.6 },
    { text: 'Spider-Man: No Way Home', popularity: 0.8 },
    { text: 'Some Like It Hot', popularity: 0.5 },
    { text: 'The Lord of the Rings', popularity: 0.9 },
  ],
  people: [
    { name: 'Christopher Nolan', popularity: 0.9 },
    { name: 'Michael Mann', popularity: 0.7 },
    { name: 'Tom Hanks', popularity: 0.9 },
    { name: 'Tom Hardy', popularity: 0.8 },
    { name: 'Steven Spielberg', popularity: 0.9 },
    { name: 'Meg Ryan', popularity: 0.6 },
    { name: 'Greta Gerwig', popularity: 0.7 },
    { name: 'Anne Hathaway', popularity: 0.8 },
    { name: 'Hans Zimmer', popularity: 0.5 },
    { name: 'Emma Stone', popularity: 0.8 },
    { name: 'Sharon Stone', popularity: 0.5 },
  ],
};
