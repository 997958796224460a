import type { DiscoveryVocabulary } from '@media-gateway/discovery';

const TITLE_WORDS = `
night day dark light shadow blood moon sun star stars river city house home road girl boy man woman king queen
prince princess war peace love hate last first lost found secret hidden silent broken golden silver iron stone fire
ice water wind storm sky sea ocean island mountain forest garden winter summer spring autumn dream dreams memory
ghost ghosts angel angels devil demon heart hearts soul souls blade sword gun guns money game games world worlds
time return rise fall escape hunt hunter killer kill murder death life living dead wild young old new little big
great black white red blue green street streets town village empire kingdom legend legends story stories tale tales
song songs dance dancer music road trip journey mission protocol code signal echo echoes mirror glass paper ship
train station airport hotel school college family father mother daughter son brother sister friends lovers enemy
enemies hero heroes villain rebel rebels soldier soldiers spy spies agent detective doctor nurse teacher lawyer
judge thief thieves pirate pirates vampire vampires witch witches wolf wolves dragon dragons robot robots alien
aliens planet galaxy space machine machines future past present tomorrow yesterday forever never always everything
nothing something someone nobody paradise heaven hell inferno storm thunder lightning rain snow desert jungle
`.trim().split(/\s+/);

const FIRST_NAMES = `james mary robert patricia john jennifer michael linda david elizabeth william barbara richard susan
joseph jessica thomas sarah charles karen christopher lisa daniel nancy matthew betty anthony margaret mark sandra
donald ashley steven kimberly paul emily andrew donna joshua michelle kenneth carol kevin amanda brian melissa george
deborah timothy stephanie ronald rebecca edward sharon jason laura jeffrey cynthia ryan kathleen jacob amy gary angela
nicholas shirley eric anna jonathan brenda stephen pamela larry emma justin nicole scott helen brandon samantha`
  .trim()
  .split(/\s+/);

const LAST_NAMES = `smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
wilson anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson
walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell
carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook
rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks
chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez`
  .trim()
  .split(/\s+/);

/** Park–Miller minimal standard generator: the same sequence on every run, so the bench measures the same work. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A catalogue-sized vocabulary (PRODUCT_SPEC §4 sizes the dictionary at the top 10k titles; the seeded catalogue has
 * 11,666): `titleCount` titles of one to five words and `peopleCount` people, with skewed popularity.
 */
export function syntheticVocabulary(titleCount = 12_000, peopleCount = 4_000): DiscoveryVocabulary {
  const next = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const titles = Array.from({ length: titleCount }, () => {
    const words = 1 + Math.floor(next() * 5);
    const text = Array.from({ length: words }, () => capitalise(pick(TITLE_WORDS))).join(' ');
    return { text: next() < 0.3 ? `The ${text}` : text, popularity: next() ** 3 };
  });
  const people = Array.from({ length: peopleCount }, () => ({
    name: `${capitalise(pick(FIRST_NAMES))} ${capitalise(pick(LAST_NAMES))}`,
    popularity: next() ** 3,
  }));
  return { titles, people };
}
