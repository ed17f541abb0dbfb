import { type DeepReadonly, deepFreeze } from '../internal/deep-freeze.js';
import type { Article } from '../schemas/article.js';
import type { SourceRef } from '../schemas/source-ref.js';

/** The Soviet official edition's table of contents: the only source listing all nineteen articles. */
const TOC: SourceRef = {
  source: 'dvp-toc',
  locator: 'doc. 12, table of contents',
  quote: '12. Мирный договор между Россией и Литвой — Статья I … Статья XIX',
};

/** The same table of contents, for the additions (добавления). */
const TOC_ADDITIONS: SourceRef = {
  source: 'dvp-toc',
  locator: 'doc. 12, table of contents, additions',
  quote: '[ДОБАВЛЕНИЯ К МИРНОМУ ДОГОВОРУ МЕЖДУ РОССИЕЙ И ЛИТВОЙ] К СТАТЬЕ II / К СТАТЬЕ V / К СТАТЬЕ VII',
};

const NOT_SEEN =
  'Listed in the table of contents of the Soviet official edition (DVP, 1959); its text and subject were not found in any stored source, in any language.';

/** An article whose text no source shows. */
// @__NO_SIDE_EFFECTS__
function unavailable(number: string, id: string, note: string = NOT_SEEN, extra: SourceRef[] = []): Article {
  return { id, kind: 'article', number, textStatus: 'unavailable', note, sources: [TOC, ...extra] };
}

/**
 * The provisions of the treaty: Articles I–XIX, the secret supplement to
 * Article II and the additions to Articles II, V and VII. A summary says
 * only what the seen text says; where no source shows the text the status is
 * `unavailable` and there is no summary.
 *
 * @example
 * articles.length //=> 23
 * articles.find((a) => a.id === 'article-12')?.textStatus //=> 'fragment'
 */
export const articles: DeepReadonly<Article[]> = deepFreeze<Article[]>([
  {
    id: 'article-1',
    kind: 'article',
    number: 'I',
    textStatus: 'fragment',
    summary:
      'Proceeding from the right of all nations to free self-determination, “even up to the point of complete separation” from the state of which they form part, as proclaimed by the RSFSR, Russia recognises without reservation the sovereign rights and independence of the Lithuanian State, with all the juridical consequences, and renounces for ever Russia’s sovereign rights over the Lithuanian people and territory.',
    confidence: 'medium',
    note: 'The English text seen breaks off at “with all the juridical con…”. The rest (the juridical consequences and the renunciation “for ever”, “visiems amžiams”) is known only from the Lithuanian wording that an article on iskauskas.lt quotes; a scholarly abstract confirms the renunciation of sovereign rights without quoting it.',
    sources: [
      {
        source: 'bfsp-1121',
        locator: 'p. 1121, Art. I (breaks off)',
        quote: 'Russia recognises without reservation the sovereign rights and independence of the Lithuanian State, with all the juridical con',
      },
      {
        source: 'dvp-stud',
        locator: 'Статья I (first words only; OCR kept)',
        quote: 'Исходя из. провозглашенного Российской Социалистической Федеративной Советской Республикой права всех народов на свобо',
      },
      {
        source: 'lituanistika-116365',
        locator: 'English abstract',
        quote: 'renounced its sovereign rights to the people and territory of Lithuania',
      },
      {
        source: 'iskauskas',
        locator: 'article, quoting Art. I in Lithuanian (read in the copy at alkas.lt/?p=133395)',
        quote:
          'be atodairų pripažįsta Lietuvos valstybės savarankiškumą ir nepriklausomybę su visomis iš tokio pripažinimo einančiomis juridinėmis pasekmėmis ir gera valia visiems amžiams atsisako nuo visų Rusijos suvereniteto teisių, kurių ji yra turėjusi lietuvių tautos ir jos teritorijos atžvilgiu',
      },
      {
        source: 'wikisum',
        locator: 'summary',
        quote: "recognized Lithuania's independence without reservations and voluntarily abandoned any territorial claims",
      },
      TOC,
    ],
  },
  {
    id: 'article-2',
    kind: 'article',
    number: 'II',
    textStatus: 'fragment',
    summary:
      'Fixes the state frontier between Lithuania and Russia by a verbal description. Only a northern segment is seen: from “…of Slobodka, Dolgaya and Prenta” along the Narotch stream, past the Bliada, Miastra and Madziol lakes, along the Miadzelka stream to the Disna river, then north-east across the Mikhalishiki lake to the Nistshenka stream, where the text breaks off. Polish Wikipedia, citing Note 1 to Article II, says the treaty left the Lithuanian–Polish frontier (including Suwałki and Augustów) to a Polish–Lithuanian treaty and the Lithuanian–Latvian frontier to a treaty between those parties; a Lithuanian article says the same of both frontiers without naming the note.',
    confidence: 'medium',
    note: 'The southern part (LNTS pp. 123–124) and the part from the Nistshenka to the Dvina were not found in any language. The Statesman’s Year-Book 1921 gives a contemporary summary of the whole line (not the treaty text).',
    sources: [
      {
        source: 'syb-1921',
        locator: 'p. 1248 (summary of the whole line, north to south)',
        quote: 'The eastern frontier of these territories is defined in the Treaty of Peace between Lithuania and Russia, signed July 12, 1920, at Moscow',
      },
      TOC,
      {
        source: 'tfdd',
        locator: 'Art. II, text after the missing LNTS pp. 123–124',
        quote: 'of Slobodka, Dolgaya and Prenta; from there along the small stream Narotch',
      },
      {
        source: 'w-pl',
        locator: 'article text, on Art. II note 1',
        quote:
          'Traktat nie regulował granicy między Litwą a Polską (szczegółowo – nie regulował przynależności Suwałk ani Augustowa), pozostała ona do ustalenia w ewentualnym traktacie polsko-litewskim, podobnie jak przebieg granicy litewsko-łotewskiej w traktacie między stronami (Art. II, uwaga 1 traktatu).',
      },
      {
        source: 'iskauskas',
        locator: 'article',
        quote: 'Sienų su Latvija ir Lenkija demarkacija buvo palikta apspręsti atskiromis sutartimis',
      },
    ],
  },
  {
    id: 'article-2-secret-supplement',
    kind: 'secret-supplement',
    number: 'II',
    textStatus: 'fragment',
    summary:
      'Two mutual declarations. Lithuania declares that it will not regard the crossing of its border by Russian troops fighting Poland, or their occupation of parts of the territory the treaty recognises as Lithuanian, as a breach of the treaty or an unfriendly act, provided the troops are withdrawn when the military-strategic need ends. The RSFSR declares the same understanding.',
    confidence: 'medium',
    note: 'Its existence is well attested; its wording is known only from a museum excerpt in modern orthography whose provenance is unverified. The Lithuanian declaration is signed by Naruševičius, Klimas, Rozenbaumas, Račkauskas and Vailokaitis. Whether the DVP “addition to Article II” is this supplement is not verified.',
    sources: [
      { ...TOC_ADDITIONS, locator: 'doc. 12, table of contents: an addition “К СТАТЬЕ II” is listed; identity with this supplement not verified' },
      {
        source: 'km-secret',
        locator: 'excerpt of the supplement, Lithuanian declaration',
        quote: 'fakto ji jokiu būdu nelaikys šios Taikos sutarties pažeidimu ir Lietuvai nedraugišku aktu',
      },
      {
        source: 'w-pl',
        locator: 'article body',
        quote: 'tajną klauzulę umożliwiająca Armii Czerwonej przejście przez terytorium litewskie',
      },
      {
        source: 'wikisum',
        locator: 'summary',
        quote: 'secret clause that allowed Soviet forces unrestricted movement within Soviet-re',
      },
      {
        source: 'perc-pt',
        locator: 'machine translation of the Russian Wikipedia article: right of passage to the Vilnius region',
        quote: 'O protocolo secreto do Tratado de Moscou concedeu ao Exército Vermelho o direito de passagem para a região de Vilnius',
      },
    ],
  },
  unavailable('III', 'article-3'),
  unavailable('IV', 'article-4', `${NOT_SEEN} A 1926 note refers to “Article 4” of the 1926 treaty, not of this one.`, [
    { source: 'ebr-59', locator: 'page 59 of 75: 1926 note on “the principle adopted by the Parties in Article 4” (of the 1926 treaty)' },
  ]),
  unavailable('V', 'article-5', `${NOT_SEEN} An addition to Article V is listed as well.`),
  {
    id: 'article-6',
    kind: 'article',
    number: 'VI',
    textStatus: 'fragment',
    summary:
      'Only the end is seen. A remark gives the right of option to citizens who before and during the world war lived within one party and at the ratification of the treaty lived within the other. Refugees (“fugitives”) enjoy the same rights as optants for property they could not take out under the re-evacuation treaty of 30 June 1920, provided they prove it belongs to them and was in their actual possession at the time of re-evacuation.',
    confidence: 'medium',
    note: 'The subject of the article’s opening (option of citizenship) is inferred from its end; the opening itself was not seen. The French OCR dates the refugee treaty “3 Juin 1920”, probably a lost digit.',
    sources: [
      {
        source: 'ebr-58',
        locator: 'treaty reprint, end of Art. 6',
        quote: 'enjoy the same rijihts [sic, OCR] as are provided for in this article in regard to optants',
      },
      {
        source: 'asa-144',
        locator: 'p. 144, Art. 6, Remarque',
        quote:
          'Le droit d’opter, indiqué en cet article, appartient aux citoyens qui avant et pendant la guerre mondiale vivaient en les limites d’une des deux parties contractantes',
      },
      TOC,
    ],
  },
  {
    id: 'article-7',
    kind: 'article',
    number: 'VII',
    textStatus: 'fragment',
    summary:
      'Refugees (“fugitives”) of both parties who wish to return to their country of origin shall be returned as soon as possible; the order and conditions of re-evacuation are to be settled by agreement between the two governments.',
    confidence: 'high',
    note: 'The English and French texts both show two paragraphs between the headings of Articles 7 and 8, so the text seen is probably complete. An addition to Article VII is listed in the DVP table of contents; its text was not seen.',
    sources: [
      {
        source: 'ebr-58',
        locator: 'treaty reprint, Article 7',
        quote:
          'Fugitives of both contracting parties, who desire to return to their country of origin, shall be returned to such country at the earliest possible date.',
      },
      {
        source: 'asa-144',
        locator: 'p. 144, Art. 7',
        quote: 'L’ordre et les conditions de la réévacuation s’établissent selon l’accord des Gouvernements des parties contractantes.',
      },
      TOC,
    ],
  },
  {
    id: 'article-8',
    kind: 'article',
    number: 'VIII',
    textStatus: 'fragment',
    summary:
      'Only the beginning is seen. Both parties renounce all accounts arising from Lithuania’s former belonging to the Russian Empire and acknowledge that state property on the territory of each is the inalienable property of that state; if Lithuanian property was removed from its territory after 1 August 1914 by a third state, the right to claim it passes to Lithuania. The claims of the Russian Treasury on properties in Lithuania and against Lithuanian citizens pass to the Lithuanian State, for amounts not liquidated by counter-claims. A remark on the debts of small peasants to the former Peasants’ Land Bank breaks off.',
    confidence: 'high',
    sources: [
      {
        source: 'ebr-58',
        locator: 'treaty reprint, Article 8',
        quote:
          'Both contracting parties mutually renounce all accounts whatsoever arising from the fact of Lithuania having in the past belonged to the past Empire of Russia',
      },
      { source: 'asa-144', locator: 'p. 144, Art. 8 (beginning, French)' },
      TOC,
    ],
  },
  unavailable('IX', 'article-9'),
  {
    id: 'article-10',
    kind: 'article',
    number: 'X',
    textStatus: 'fragment',
    summary:
      'Only the end is seen, beginning mid-sentence (“…against the nationalised institutions”). Russia binds herself to allow Lithuania and Lithuanian citizens all privileges, rights and preferences granted to any third state or its citizens, companies and institutions. Where securities and title deeds are not available, the Russian Government is willing to recognise as holders those who give adequate proof that their papers were removed during the war.',
    confidence: 'medium',
    sources: [
      {
        source: 'bfsp-1133',
        locator: 'p. 1133, end of Art. X',
        quote:
          'Russia binds herself to allow Lithuania and Lithuanian citizens all those privileges, rights and preferences which are directly or indirectly granted by her or which may be granted to any third State or to its citizens, companies and institutions.',
      },
      TOC,
    ],
  },
  {
    id: 'article-11',
    kind: 'article',
    number: 'XI',
    textStatus: 'fragment',
    summary:
      '(1) The Russian Government returns to the Lithuanian Government, for delivery to those concerned, the property of Lithuanian citizens, firms and companies (companies whose majority of shares belonged to Lithuanian citizens when the nationalisation decrees were issued) removed during the world war of 1914–1917, in so far as it is in the Russian Government’s keeping; a note excludes funds, deposits and securities held by branches of the State Bank, private banks, credit establishments and savings banks in Lithuania. (2) Russia agrees to make good to Lithuania part of the railway rolling-stock, telegraph and telephone installations and railway-shop equipment removed to Russia during the war, at a rate corresponding to local requirements; a mixed commission with equal membership is to fix the amount. The end (French text) provides for help in searching for property, archives and documents, and refers further questions to a mixed commission.',
    confidence: 'high',
    note: 'The middle of the article, after the English text breaks off (“immediately upon the rat…”), was not seen.',
    sources: [
      {
        source: 'bfsp-1133',
        locator: 'p. 1133, Art. XI (1), note and (2)',
        quote:
          'The Russian Government shall return to the Lithuanian Government, for delivery to whomsoever it may concern, the property of Lithuanian citizens or firms',
      },
      {
        source: 'asa-149',
        locator: 'p. 149, end of Art. 11',
        quote:
          'Le règlement ultérieur des questions pouvant surgir à ce sujet sera confié à une Commission mixte composée d’un nombre égal de membres des deux parties contractantes.',
      },
      TOC,
    ],
  },
  {
    id: 'article-12',
    kind: 'article',
    number: 'XII',
    textStatus: 'fragment',
    summary:
      'Considering that Lithuania was almost ruined in the world war and that its forests are devastated, the Russian Government agrees: (1) to free Lithuania from any liability for Russia’s debts and obligations (paper money, treasury bonds, state loans and the like), Russia’s creditors to address Russia alone; (2) to let the Lithuanian Government fell timber on 100,000 desiatinas in the areas nearest the Lithuanian frontier, as far as possible near navigable rivers and railways, progressively over twenty years, further conditions to be set by a mixed commission; (3) to pay the Lithuanian Government 3 million roubles in gold within one and a half months of the ratification.',
    confidence: 'high',
    note: 'The whole article is seen in the French translation only. Secondary sources give the forest area in hectares (“100 tūkst. ha” in A. Šapoka via iskauskas.lt; “107,000 hectares” in the WikiSum summary of en.wiki); the treaty unit is the desiatina.',
    sources: [
      { source: 'asa-149', locator: 'p. 149, Art. 12 (2)', quote: 'cent mille déciatines' },
      { source: 'asa-149', locator: 'p. 149, Art. 12 (3)', quote: 'trois million» de roubles en or au terme d’un mois et demi' },
      {
        source: 'iskauskas',
        locator: 'article, quoting A. Šapoka',
        quote: '3 mln. aukso rublių (apie 15 mln. tuometinių litų) bei leido išsikirsti 100 tūkst. ha miško',
      },
      { source: 'wikisum', locator: 'summary', quote: 'three million rubles and 107,000 hectares of timber' },
      { source: 'ww2facts-vi', locator: 'article', quote: '3 triệu rúp vàng' },
      TOC,
    ],
  },
  {
    id: 'article-13',
    kind: 'article',
    number: 'XIII',
    textStatus: 'fragment',
    summary:
      'Only the end is seen (French); the opening and point 1 are not. The seen part refers to talks on concluding a commerce and transit convention. (2) The trade treaty is to rest on the principle of “la protection la plus large”. (3) Transit goods are to be free of customs duties and taxes, and transit tariffs are not to exceed those for goods of the same kind carried locally; until normal relations are established transit follows these principles, further conditions to be settled by special temporary conventions. (4) The merchant fleets of both parties may use each other’s ports on equal terms. (5) The estate of a citizen of one party who dies on the other’s territory is handed over in full to the consul or a responsible representative of the heir’s state.',
    confidence: 'medium',
    note: 'From page 150 of the French OCR, between the heading “Art. 13.” at the end of the readable part of p. 149 and “Art. 14.”. A single OCR copy of a translation.',
    sources: [
      {
        source: 'asa-150',
        locator: 'p. 150, Art. 13 points 2–5',
        quote:
          'Les flottes commerciales de Russie et de Lithuanie se serviront mutuellement des ports respectifs des deux parties contractantes à base de droits d’égalité.',
      },
      { source: 'asa-149', locator: 'p. 149, heading “Art. 13.” at the end of the readable text' },
      TOC,
    ],
  },
  {
    id: 'article-14',
    kind: 'article',
    number: 'XIV',
    textStatus: 'fragment',
    summary:
      'Diplomatic and consular relations between the parties are established immediately after the ratification of the treaty; from the ratification the parties will proceed to conclude a consular convention.',
    confidence: 'medium',
    note: 'The French text runs from the heading “Art. 14.” to “Art. 15.”, so it is probably complete. A single OCR copy of a translation.',
    sources: [
      {
        source: 'asa-150',
        locator: 'p. 150, Art. 14',
        quote:
          'Lee relations diplomatiques et consulaires entre les parties contractantes sont établies immédiatement après la ratification du présent Traité.',
      },
      TOC,
    ],
  },
  {
    id: 'article-15',
    kind: 'article',
    number: 'XV',
    textStatus: 'fragment',
    summary:
      'Only the opening words are seen (French): from the ratification the Russian Government releases (“libère”) citizens of Lithuania and persons opting for Lithuanian nationality, and the Government of Lithuania releases the citizens… — the text breaks off before saying whom and from what.',
    confidence: 'low',
    sources: [
      {
        source: 'asa-150',
        locator: 'p. 150, Art. 15 (beginning; the stored excerpt stops here)',
        quote:
          'Dès la ratification du présent Traité, le Gouvernement Russe libère les citoyens de Lithuanie ainsi que les personnes optantes pour la nationalité lithuanienne',
      },
      TOC,
    ],
  },
  unavailable('XVI', 'article-16'),
  unavailable('XVII', 'article-17'),
  unavailable('XVIII', 'article-18'),
  unavailable(
    'XIX',
    'article-19',
    `${NOT_SEEN} The final clauses (ratification and its exchange in Moscow, authentic languages, number of copies) presumably stand among the last articles but were not seen.`,
  ),
  {
    id: 'addition-to-article-2',
    kind: 'addition',
    number: 'II',
    textStatus: 'unavailable',
    note: 'Listed in the DVP (1959) table of contents among the additions (добавления) to the treaty; its text was not seen. It may be the secret supplement to Article II (not verified).',
    sources: [TOC_ADDITIONS],
  },
  {
    id: 'addition-to-article-5',
    kind: 'addition',
    number: 'V',
    textStatus: 'unavailable',
    note: 'Listed in the DVP (1959) table of contents among the additions (добавления) to the treaty; its text and subject were not found.',
    sources: [TOC_ADDITIONS],
  },
  {
    id: 'addition-to-article-7',
    kind: 'addition',
    number: 'VII',
    textStatus: 'unavailable',
    note: 'Listed in the DVP (1959) table of contents among the additions (добавления) to the treaty; its text and subject were not found.',
    sources: [TOC_ADDITIONS],
  },
]);
