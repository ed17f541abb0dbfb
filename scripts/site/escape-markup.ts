/**
 * Escapes text for HTML and SVG element content and double-quoted attribute
 * values: `&`, `<`, `>` and `"`. The one escaper of every page and picture.
 *
 * @example
 * escapeMarkup('Suwałki & "Sejny" <1920>'); //=> 'Suwałki &amp; &quot;Sejny&quot; &lt;1920&gt;'
 */
export const escapeMarkup = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
