// The interactive map of site/map.html. Plain browser JavaScript over Leaflet
// (window.L); every layer is a vector layer built from the JSON inlined in the
// page (#map-data), so the page works offline: no tiles, no requests.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('map-data').textContent);
  var legendByBasis = {};
  data.legend.forEach(function (entry) {
    legendByBasis[entry.basis] = entry;
  });

  var map = L.map('map', { zoomSnap: 0.25, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.attribution);
  map.createPane('waypoints').style.zIndex = 650;

  /** An element with text (never HTML) and an optional class. */
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function row(list, label, value) {
    if (value === undefined || value === null || value === '') return;
    list.appendChild(el('dt', label));
    list.appendChild(el('dd', String(value)));
  }
  function sourceList(refs, table) {
    var known = table || data.sources;
    var wrap = el('div', undefined, 'popup-sources');
    wrap.appendChild(el('strong', 'Sources'));
    var ul = el('ul');
    refs.forEach(function (ref) {
      var source = known[ref.source] || { title: ref.source };
      var li = el('li');
      if (source.url) {
        var a = el('a', source.title);
        a.href = source.url;
        a.target = '_blank';
        a.rel = 'noopener';
        li.appendChild(a);
      } else {
        li.appendChild(el('span', source.title));
      }
      li.appendChild(document.createTextNode(', ' + ref.locator));
      if (ref.quote) li.appendChild(el('q', ref.quote));
      ul.appendChild(li);
    });
    wrap.appendChild(ul);
    return wrap;
  }
  /** A link to the page of a record on the site (records/<kind>/<id>.html of this version). */
  function recordLink(kind, id, text) {
    var a = el('a', text || 'Page of this record: every source, and how to cite it');
    a.href = data.recordBase + kind + '/' + encodeURIComponent(id) + '.html';
    a.className = 'record-link';
    return a;
  }
  /**
   * Makes a mark reachable by keyboard and named for screen readers: a
   * focusable button whose accessible name says what it is; Enter or Space
   * opens its popup. `label` is a string or a function giving the current name.
   */
  function accessible(layer, label) {
    function apply() {
      var node = layer.getElement?.();
      if (!node) return;
      node.setAttribute('tabindex', '0');
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', typeof label === 'function' ? label() : label);
      if (!node.getAttribute('data-keys')) {
        node.setAttribute('data-keys', 'true');
        node.addEventListener('keydown', function (event) {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            layer.openPopup();
          }
        });
      }
    }
    layer.on('add', apply);
    layer.refreshLabel = apply;
  }
  function km(value) {
    return value === null || value === undefined ? 'not stated' : '± ' + value + ' km';
  }

  // Today's countries, as faint context, labelled at the centre of their largest part.
  L.geoJSON(data.context, {
    interactive: false,
    style: function () {
      return { className: 'context', color: '#9a9a9a', weight: 0.8, fillColor: '#f3f1ec', fillOpacity: 1 };
    },
    onEachFeature: function (feature, _layer) {
      var polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      var largest = polygons
        .map(function (rings) {
          return L.polygon(L.GeoJSON.coordsToLatLngs(rings, 1));
        })
        .sort(function (a, b) {
          return area(b.getBounds()) - area(a.getBounds());
        })[0];
      L.tooltip({ permanent: true, direction: 'center', className: 'country-label', interactive: false })
        .setLatLng(largest.getBounds().getCenter())
        .setContent(feature.properties.name + ' (today)')
        .addTo(map);
    },
  }).addTo(map);
  function area(bounds) {
    return (bounds.getEast() - bounds.getWest()) * (bounds.getNorth() - bounds.getSouth());
  }

  // The territory the treaty recognised (schematic).
  var territoryLayer = L.geoJSON(data.territory, {
    style: function () {
      return {
        className: 'territory',
        color: data.territoryStyle.fill,
        weight: 0,
        fillColor: data.territoryStyle.fill,
        fillOpacity: data.territoryStyle.fillOpacity,
      };
    },
    onEachFeature: function (feature, layer) {
      var p = feature.properties;
      var box = el('div');
      box.appendChild(el('h3', p.name));
      var dl = el('dl');
      row(dl, 'Status', p.status);
      row(dl, 'Area', p.areaKm2.toLocaleString('en') + ' km²');
      row(dl, 'Excludes', p.excludes);
      row(dl, 'Precision', p.precision);
      box.appendChild(dl);
      box.appendChild(sourceList(p.sources));
      layer.bindPopup(box, { maxWidth: 360 });
      accessible(layer, p.name + ': details and sources');
    },
  }).addTo(map);

  // The 1920 line, one path per segment, coloured by basis.
  var line = L.geoJSON(data.borderLine, {
    style: function (feature) {
      var legend = legendByBasis[feature.properties.basis];
      return {
        className: 'border-line basis-' + feature.properties.basis + ' segment-' + feature.properties.id,
        color: legend.color,
        dashArray: legend.dashArray,
        weight: 4,
        opacity: 0.95,
      };
    },
    onEachFeature: function (feature, layer) {
      var p = feature.properties;
      var box = el('div');
      box.appendChild(el('h3', 'Segment ' + p.id));
      var dl = el('dl');
      row(dl, 'From → to', p.from + ' → ' + p.to);
      row(dl, 'Basis', p.basis);
      row(dl, 'Follows', p.feature);
      row(dl, 'Accuracy', km(p.accuracyKm));
      row(dl, 'Note', p.note);
      box.appendChild(dl);
      box.appendChild(sourceList(p.sources));
      box.appendChild(recordLink('segment', p.id));
      layer.bindPopup(box, { maxWidth: 360 });
      accessible(layer, 'Treaty line, segment ' + p.id + ' (' + p.from + ' to ' + p.to + ', ' + p.basis + '): details and sources');
    },
  }).addTo(map);

  // The Article II places that were located; the others are listed in the panel.
  var located = data.waypoints.features.filter(function (feature) {
    return feature.geometry;
  });
  L.geoJSON(
    { type: 'FeatureCollection', features: located },
    {
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, {
          pane: 'waypoints',
          className: 'waypoint waypoint-' + feature.properties.id,
          radius: 5,
          color: '#1f1f1f',
          weight: 1.5,
          fillColor: '#ffffff',
          fillOpacity: 1,
        });
      },
      onEachFeature: function (feature, layer) {
        var p = feature.properties;
        var box = el('div', undefined, 'popup-waypoint');
        box.appendChild(el('h3', (p.names.en || p.nameInTreaty) + ' (' + p.order + ')'));
        var dl = el('dl');
        row(dl, 'In the treaty', p.nameInTreaty);
        row(
          dl,
          'Names',
          ['lt', 'be', 'ru', 'pl']
            .filter(function (k) {
              return p.names[k];
            })
            .map(function (k) {
              return k + ': ' + p.names[k];
            })
            .join(' · '),
        );
        row(dl, 'Identification', p.identification);
        row(dl, 'Located by', p.method);
        row(dl, 'Accuracy', km(p.accuracyKm));
        row(dl, 'Line offset', p.lineOffsetKm === null ? 'not stated' : p.lineOffsetKm + ' km');
        row(dl, 'Confidence', p.confidence);
        row(dl, 'Basis', p.basis);
        box.appendChild(dl);
        box.appendChild(sourceList(p.sources));
        box.appendChild(recordLink('waypoint', p.id));
        layer.bindPopup(box, { maxWidth: 380 });
        layer.bindTooltip(p.names.en || p.nameInTreaty, { direction: 'top' });
        accessible(layer, 'Treaty place ' + p.order + ', ' + (p.names.en || p.nameInTreaty) + ': details and sources');
      },
    },
  ).addTo(map);

  // Show the whole territory and line, clear of the legend on wide screens.
  var wide = map.getSize().x >= 900;
  var historyBounds = L.latLngBounds(
    data.history.places.map(function (place) {
      return [place.position[1], place.position[0]];
    }),
  );
  map.fitBounds(territoryLayer.getBounds().extend(line.getBounds()).extend(historyBounds), {
    paddingTopLeft: [wide ? 300 : 30, 30],
    paddingBottomRight: [wide ? 380 : 30, 30],
  });
  L.control.scale({ imperial: false }).addTo(map);

  // The legend and the list of places nobody has located.
  var legend = L.control({ position: 'topright' });
  legend.onAdd = function () {
    var box = el('div', undefined, 'legend');
    box.appendChild(el('h2', 'Soviet–Lithuanian Peace Treaty, 12 July 1920: Article II line'));
    data.legend.forEach(function (entry) {
      var item = el('div', undefined, 'legend-item');
      var swatch = el('span', undefined, 'swatch');
      swatch.style.borderTopColor = entry.color;
      swatch.style.borderTopStyle = entry.dashArray ? 'dashed' : 'solid';
      item.appendChild(swatch);
      item.appendChild(el('strong', entry.basis));
      item.appendChild(document.createTextNode(' (' + entry.segments + ' segments): ' + entry.meaning));
      box.appendChild(item);
    });
    var t = el('div', undefined, 'legend-item');
    var fill = el('span', undefined, 'swatch swatch-area');
    t.appendChild(fill);
    t.appendChild(document.createTextNode('Territory recognised as Lithuanian (schematic); grey outlines are today’s borders.'));
    box.appendChild(t);
    var unlocated = data.waypoints.features.filter(function (feature) {
      return !feature.geometry;
    });
    if (unlocated.length > 0) {
      var details = el('details');
      details.appendChild(el('summary', unlocated.length + ' places the treaty names are not located'));
      var ul = el('ul');
      unlocated.forEach(function (feature) {
        ul.appendChild(el('li', feature.properties.order + '. ' + feature.properties.nameInTreaty));
      });
      details.appendChild(ul);
      box.appendChild(details);
    }
    box.appendChild(el('p', data.note, 'legend-note'));
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  legend.addTo(map);

  // Who held the places of lt-ru-1920/history on a chosen day: a date control
  // (date field + slider over every day of the covered range) recolours the
  // places; each place's popup shows the period containing the day, the event
  // that began it and its sources. The treaty line above stays drawn.
  var history = data.history;
  var DAY = 86400000;
  var firstDay = Date.parse(history.range.from);
  var dayCount = Math.round((Date.parse(history.range.to) - firstDay) / DAY);
  function isoOf(dayIndex) {
    return new Date(firstDay + dayIndex * DAY).toISOString().slice(0, 10);
  }
  function dayIndexOf(iso) {
    return Math.round((Date.parse(iso) - firstDay) / DAY);
  }
  function isCovered(iso) {
    return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso)) && iso >= history.range.from && iso <= history.range.to;
  }
  function periodOn(place, iso) {
    for (var i = 0; i < place.periods.length; i++) {
      var period = place.periods[i];
      if (period.from <= iso && iso <= period.to) return period;
    }
    return null;
  }
  function holderOf(period) {
    return history.holders[String(period.controller)];
  }
  map.createPane('history-places').style.zIndex = 640; // under the treaty's waypoints (650), which are smaller

  var currentDate = history.initialDate;
  var markers = history.places.map(function (place) {
    var marker = L.circleMarker([place.position[1], place.position[0]], {
      pane: 'history-places',
      className: 'history-place history-place-' + place.id,
      radius: 8,
      color: '#1f1f1f',
      weight: 1.5,
      fillOpacity: 0.95,
    });
    var left = place.labelSide === 'left';
    marker.bindTooltip(place.name, {
      permanent: true,
      direction: left ? 'left' : 'right',
      offset: [left ? -8 : 8, 0],
      className: 'place-label',
      interactive: false,
    });
    marker.bindPopup(
      function () {
        return placePopup(place);
      },
      { maxWidth: 380 },
    );
    accessible(marker, function () {
      var period = periodOn(place, currentDate);
      return place.name + ', held by ' + holderOf(period).name + ' on ' + currentDate + ': details and sources';
    });
    marker.addTo(map);
    return { place: place, marker: marker };
  });

  function placePopup(place) {
    var period = periodOn(place, currentDate);
    var box = el('div', undefined, 'popup-history');
    box.appendChild(el('h3', place.name + ', ' + currentDate));
    var dl = el('dl');
    row(dl, 'Held by', holderOf(period).name);
    row(dl, 'Period', period.from + ' → ' + period.to);
    var event = period.event ? history.events[period.event] : null;
    row(dl, 'Began with', event ? event.title + ' (' + event.date + ')' : 'no single dated event');
    if (period.variants) row(dl, 'Other first days some sources give', period.variants.join('; '));
    row(dl, 'Confidence', period.confidence);
    row(dl, 'Note', period.note);
    row(dl, 'Treaty of 1920', place.inTreatyTerritory ? 'inside its line' : 'outside its line');
    box.appendChild(dl);
    var claims = place.titles.filter(function (title) {
      return title.from <= currentDate && (!title.to || currentDate <= title.to);
    });
    if (claims.length > 0) {
      var views = el('div', undefined, 'popup-titles');
      views.appendChild(el('strong', 'Title, by whose view'));
      var list = el('dl');
      claims.forEach(function (title) {
        row(list, title.view, title.holder + ' (from ' + title.from + ')');
      });
      views.appendChild(list);
      box.appendChild(views);
    }
    box.appendChild(sourceList(period.sources, history.sources));
    box.appendChild(recordLink('control-period', period.id, 'Page of this period: every source, and how to cite it'));
    box.appendChild(el('br'));
    box.appendChild(recordLink('place', place.id, 'Page of ' + place.name + ': names, position and every period'));
    return box;
  }

  function showDate(iso) {
    currentDate = iso;
    markers.forEach(function (entry) {
      var period = periodOn(entry.place, iso);
      var holder = holderOf(period);
      entry.marker.setStyle({ fillColor: holder.color, dashArray: period.controller === null ? '3 2' : null });
      var path = entry.marker.getElement();
      if (path) path.setAttribute('data-controller', String(period.controller));
      if (entry.marker.isPopupOpen()) entry.marker.setPopupContent(placePopup(entry.place));
      entry.marker.refreshLabel();
    });
    dateInput.value = iso;
    slider.value = String(dayIndexOf(iso));
    document.body.setAttribute('data-history-date', iso);
  }

  var control = L.control({ position: 'bottomleft' });
  var dateInput = el('input');
  var slider = el('input');
  var message = el('p', '', 'date-message');
  control.onAdd = function () {
    var box = el('div', undefined, 'legend history-control');
    box.appendChild(el('h2', 'Who held the places on'));
    dateInput.type = 'date';
    dateInput.id = 'history-date';
    dateInput.min = history.range.from;
    dateInput.max = history.range.to;
    dateInput.setAttribute('aria-label', 'Date');
    slider.type = 'range';
    slider.id = 'history-slider';
    slider.min = '0';
    slider.max = String(dayCount);
    slider.step = '1';
    slider.setAttribute('aria-label', 'Date, ' + history.range.from + ' to ' + history.range.to);
    box.appendChild(dateInput);
    box.appendChild(slider);
    var scale = el('div', undefined, 'history-range');
    scale.appendChild(el('span', history.range.from));
    scale.appendChild(el('span', history.range.to));
    box.appendChild(scale);
    message.id = 'history-date-message';
    message.setAttribute('role', 'status');
    message.setAttribute('aria-live', 'polite');
    box.appendChild(message);
    Object.keys(history.holders).forEach(function (id) {
      var item = el('div', undefined, 'legend-item');
      var dot = el('span', undefined, 'dot');
      dot.style.background = history.holders[id].color;
      if (id === 'null') dot.style.borderStyle = 'dashed';
      item.appendChild(dot);
      item.appendChild(document.createTextNode(history.holders[id].name));
      box.appendChild(item);
    });
    box.appendChild(
      el(
        'p',
        'Dots: the places of lt-ru-1920/history, coloured by who held them in fact that day. Click one for the period, the event that began it and its sources.',
        'legend-note',
      ),
    );
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  control.addTo(map);
  /** Shows a typed date, or says why it cannot: the map keeps the last date shown. */
  function typedDate(iso) {
    if (isCovered(iso)) {
      message.textContent = '';
      showDate(iso);
      return;
    }
    var shown = currentDate;
    message.textContent =
      (iso === '' ? 'That is not a date.' : iso + ' is outside the dates covered, ' + history.range.from + ' to ' + history.range.to + '.') +
      ' The map still shows ' +
      shown +
      '.';
  }
  dateInput.addEventListener('change', function () {
    typedDate(dateInput.value);
  });
  slider.addEventListener('input', function () {
    message.textContent = '';
    showDate(isoOf(Number(slider.value)));
  });
  var hashDate = decodeURIComponent(location.hash.slice(1));
  showDate(isCovered(hashDate) ? hashDate : history.initialDate);

  document.body.setAttribute('data-map-ready', 'true');
})();
