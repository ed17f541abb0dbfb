/** `</` inside inlined JSON would end the script element: escape it. */
const inlineJson = (value: unknown): string => JSON.stringify(value).replaceAll('</', '<\\/');

/**
 * The HTML of site/map.html: Leaflet from `assets/leaflet/`, the data inlined
 * as JSON, and the client script inlined. No URL outside the site is loaded.
 */
export function mapPageHtml(data: unknown, clientScript: string, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<link rel="stylesheet" href="assets/leaflet/leaflet.css">
<style>
  html, body { height: 100%; margin: 0; font: 14px/1.4 system-ui, "Liberation Sans", Arial, sans-serif; color: #1f1f1f; }
  #map { position: absolute; inset: 0; background: #dbe7ef; }
  .back { position: absolute; z-index: 1000; left: 56px; top: 10px; background: #fff; padding: 4px 8px; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .legend { background: rgba(255,255,255,.95); padding: 10px 12px; border-radius: 6px; box-shadow: 0 1px 5px rgba(0,0,0,.35); max-width: 330px; }
  .legend h2 { font-size: 14px; margin: 0 0 6px; }
  .legend-item { margin: 4px 0; font-size: 12px; }
  .swatch { display: inline-block; width: 26px; height: 0; border-top: 4px solid; margin-right: 6px; vertical-align: middle; }
  .swatch-area { height: 10px; border: 0; background: rgba(83,151,85,.35); }
  .place-label { background: rgba(255,255,255,.85); border: 0; box-shadow: none; padding: 0 3px; font-size: 12px; color: #1f1f1f; }
  .place-label::before { display: none; }
  .date-message { color: #a50026; font-weight: 600; margin: 4px 0; min-height: 0; }
  .date-message:empty { display: none; }
  .record-link { display: inline-block; margin-top: 4px; }
  path.leaflet-interactive:focus { outline: none; stroke: #000; stroke-width: 4px; }
  .legend-note { font-size: 11px; color: #555; margin: 6px 0 0; }
  .legend details { font-size: 12px; margin-top: 6px; }
  .legend ul { margin: 4px 0; padding-left: 18px; }
  .leaflet-popup-content h3 { margin: 0 0 6px; font-size: 14px; }
  .leaflet-popup-content dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 0 0 6px; }
  .leaflet-popup-content dt { font-weight: 600; }
  .leaflet-popup-content dd { margin: 0; }
  .popup-sources ul { margin: 2px 0 0; padding-left: 16px; }
  .country-label { background: transparent; border: 0; box-shadow: none; color: #8a8a8a; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; }
  .country-label::before { display: none; }
  .history-control { max-width: 280px; }
  .history-control input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0; }
  .history-range { display: flex; justify-content: space-between; font-size: 11px; color: #555; }
  .dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%; border: 1.5px solid #1f1f1f; margin-right: 6px; vertical-align: middle; }
  .popup-sources q { display: block; color: #555; font-style: italic; }
</style>
</head>
<body>
<div id="map" role="application" aria-label="${title}"></div>
<a class="back" href="index.html">← Documentation</a>
<script type="application/json" id="map-data">${inlineJson(data)}</script>
<script src="assets/leaflet/leaflet.js"></script>
<script>
${clientScript}
</script>
</body>
</html>
`;
}
