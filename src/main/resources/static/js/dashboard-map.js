// Draws the communes without an ambassador on the dashboard's map. The communes to draw are those of the list
// beside the map (its items carry data-code), which stays the accessible fallback; the outlines come from the
// territory's GeoJSON. Configuration comes from data- attributes (the CSP forbids inline scripts); without
// JavaScript the map stays hidden.
(function () {
    'use strict';

    function start() {
        var element = document.getElementById('dashboard-map');
        if (!element || typeof L === 'undefined') {
            return;
        }
        var wanted = {};
        var items = document.querySelectorAll('#uncovered-communes [data-code]');
        if (items.length === 0) {
            return;
        }
        items.forEach(function (item) {
            wanted[item.dataset.code] = true;
        });

        fetch(element.dataset.geojsonUrl, { headers: { 'Accept': 'application/geo+json' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (collection) {
                var all = L.geoJSON(collection, {
                    style: { color: '#5a6b7b', weight: 0.8, fillOpacity: 0 },
                    interactive: false
                });
                var uncovered = L.geoJSON(collection, {
                    filter: function (feature) {
                        return wanted[(feature.properties || {}).code] === true;
                    },
                    style: { color: '#8a2b0b', weight: 1.5, fillColor: '#d9534f', fillOpacity: 0.35 },
                    onEachFeature: function (feature, shape) {
                        var p = feature.properties || {};
                        shape.bindTooltip(p.name + ' (' + p.code + ')', { sticky: true });
                    }
                });
                if (all.getLayers().length === 0) {
                    return;
                }
                element.hidden = false;
                var map = L.map(element, { scrollWheelZoom: false });
                // the view first, then the layers: no tile of a default view is fetched
                map.fitBounds(all.getBounds(), { padding: [10, 10] });
                L.tileLayer(element.dataset.tileUrl, {
                    maxZoom: 18,
                    attribution: element.dataset.attribution || ''
                }).addTo(map);
                all.addTo(map);
                uncovered.addTo(map);
            })
            .catch(function () {
                element.hidden = true;
            });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
