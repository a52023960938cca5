import { findMentions, normalizeForMention } from './mentions';

const camille = { userId: 'u-camille', name: 'Camille Durand' };
const camilleB = { userId: 'u-camille-b', name: 'Camille Bernard' };
const zoe = { userId: 'u-zoe', name: 'Zoé' };
const elodie = { userId: 'u-elodie', name: 'Élodie Dupré-Martin' };
const members = [camille, camilleB, zoe, elodie];

describe('normalizeForMention', () => {
  it('drops case, accents and extra spaces', () => {
    expect(normalizeForMention('  Élodie   DUPRÉ ')).toBe('elodie dupre');
  });
});

describe('findMentions', () => {
  it.each([
    ['a full name with dots', 'Thanks @camille.durand!', [camille.userId]],
    ['a full name with spaces', 'Ask @Camille Bernard about it', [camilleB.userId]],
    ['a one-word name, without its accent', 'cc @zoe', [zoe.userId]],
    ['a hyphenated name, with accents', '@Élodie.Dupré-Martin please', [elodie.userId]],
    ['a unique first name', 'hi @elodie, see below', [elodie.userId]],
    ['the end of a sentence', 'Ping @zoé.', [zoe.userId]],
  ])('finds %s', (_label, body, expected) => {
    expect(findMentions(body, members)).toEqual(expected);
  });

  it('ignores a first name that two members share', () => {
    expect(findMentions('@Camille can you?', members)).toEqual([]);
  });

  it('ignores unknown names, emails and names that run on', () => {
    expect(findMentions('@nobody write to zoe@example.com or @zoey', members)).toEqual([]);
    expect(findMentions('@camille.durandx', members)).toEqual([]);
    expect(findMentions('@zoe.dupont', members)).toEqual([]);
  });

  it('lists each user once, in order of first mention', () => {
    expect(findMentions('@zoe and @camille.durand, then @Zoé again', members)).toEqual([
      zoe.userId,
      camille.userId,
    ]);
  });

  it('finds nothing without candidates or without @', () => {
    expect(findMentions('@zoe', [])).toEqual([]);
    expect(findMentions('no mention here', members)).toEqual([]);
  });
});
