import { type DeepReadonly, deepFreeze } from '../internal/deep-freeze.js';
import type { Party } from '../schemas/party.js';

/**
 * The two parties, named as the treaty names them: English from the 1920
 * translation (BFSP), Russian from the Soviet official edition (DVP),
 * Lithuanian from the secret supplement to Article II as published by the
 * Kaunas City Museum (where the names stand in the genitive; the nominative
 * is given here). The Latin abbreviation RSFSR and the Lithuanian name of
 * the RSFSR government without the supplement's “darbininkų ir valstiečių”
 * are the dataset's own (`editorial`).
 *
 * @example
 * parties.map((p) => p.shortName.en) //=> ['Russia', 'Lithuania']
 */
export const parties: DeepReadonly<Party[]> = deepFreeze<Party[]>([
  {
    id: 'rsfsr',
    name: {
      en: 'Russian Socialist Federated Soviet Republic',
      lt: 'Rusijos Socialistinė Federacinė Sovietų Respublika',
      ru: 'Российская Социалистическая Федеративная Советская Республика',
    },
    shortName: { en: 'Russia', lt: 'Rusija', ru: 'Россия' },
    abbreviation: 'RSFSR',
    editorial: ['abbreviation', 'government.lt'],
    government: {
      en: 'The Government of the Russian Socialist Federated Soviet Republic',
      lt: 'Rusijos Socialistinės Federacinės Sovietų Respublikos Vyriausybė',
      ru: 'Правительство Российской Социалистической Федеративной Советской Республики',
    },
    sources: [
      {
        source: 'bfsp-1121',
        locator: 'p. 1121, preamble',
        quote: 'RUSSIA on the one part and Lithuania on the other part',
      },
      {
        source: 'bfsp-1121',
        locator: 'p. 1121, preamble',
        quote: 'The Government of the Russian Socialist Federated Soviet Republic: Adolf Abramovitch Joffe',
      },
      {
        source: 'km-secret',
        locator: 'secret supplement to Art. II, RSFSR declaration (genitive; the supplement adds “darbininkų ir valstiečių”, workers’ and peasants’)',
        quote: 'Rusijos Socialistinės Federacinės Sovietų Respublikos darbininkų ir valstiečių Vyriausybės vardu',
      },
      {
        source: 'dvp-stud',
        locator: 'preamble',
        quote: 'Россия, с одной стороны, и Литва —с другой',
      },
      {
        source: 'dvp-stud',
        locator: 'preamble',
        quote: 'Правительство Российской Социалистической Федеративной Советской Республики —',
      },
    ],
  },
  {
    id: 'lithuania',
    name: {
      en: 'Lithuanian Democratic Republic',
      lt: 'Lietuvos Demokratinė Respublika',
      ru: 'Литовская Демократическая Республика',
    },
    shortName: { en: 'Lithuania', lt: 'Lietuva', ru: 'Литва' },
    government: {
      en: 'The Government of the Lithuanian Democratic Republic',
      lt: 'Lietuvos Demokratinės Respublikos Vyriausybė',
      ru: 'Правительство Литовской Демократической Республики',
    },
    sources: [
      {
        source: 'bfsp-1121',
        locator: 'p. 1121, preamble',
        quote: 'RUSSIA on the one part and Lithuania on the other part',
      },
      {
        source: 'bfsp-1121',
        locator: 'p. 1121, preamble',
        quote: 'The Government of the Lithuanian Democratic Republic: Thomas Narusevicius',
      },
      {
        source: 'km-secret',
        locator: 'secret supplement to Art. II, Lithuanian declaration (genitive)',
        quote: 'Lietuvos Demokratinės Respublikos Vyriausybės vardu',
      },
      {
        source: 'dvp-stud',
        locator: 'preamble',
        quote: 'Россия, с одной стороны, и Литва —с другой',
      },
      {
        source: 'dvp-stud',
        locator: 'preamble',
        quote: 'Правительство Литовской Демократической Республики —',
      },
    ],
  },
]);
