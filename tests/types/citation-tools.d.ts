// Minimal declarations for the citation tools the tests run our output through
// (citation-js and citeproc-js ship no types). Only what the tests call.

declare module '@citation-js/core' {
  /** One CSL-JSON item as citation-js returns it. */
  export interface CslItem {
    readonly id: string;
    readonly type: string;
    readonly title?: string;
    readonly author?: readonly { readonly family?: string; readonly given?: string; readonly literal?: string }[];
    readonly issued?: { readonly 'date-parts': readonly (readonly number[])[] };
    readonly version?: string;
    readonly publisher?: string;
    readonly URL?: string;
    readonly volume?: string;
    readonly page?: string;
    readonly note?: string;
    readonly 'container-title'?: string;
    readonly 'collection-title'?: string;
    readonly [field: string]: unknown;
  }
  export class Cite {
    static async(data: unknown): Promise<Cite>;
    readonly data: CslItem[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): unknown };
    list(): string[];
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';

declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string);
    updateItems(ids: readonly string[]): void;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    makeBibliography(): [{ readonly bibliography_errors: readonly unknown[] }, string[]];
    processCitationCluster(
      citation: { citationItems: readonly { id: string }[]; properties: { noteIndex: number } },
      pre: readonly unknown[],
      post: readonly unknown[],
    ): [unknown, [number, string, string][]];
  }
  const CSL: { Engine: typeof Engine; parseXml(xml: string): unknown };
  export default CSL;
}
