// Draws the territory's communes on the back-office map. Configuration comes from data- attributes (the
// CSP forbids inline scripts); without JavaScript the map stays hidden and the table says it all.
(function () {
    'use strict';

    function start() {
        var element = document.getElementById('territory-map');
        if (!element || typeof L === 'undefined') {
            return;
        }
        element.hidden = false;
        var map = L.map(element, { scrollWheelZoom: false });
        L.tileLayer(element.dataset.tileUrl, {
            maxZoom: 18,
            attribution: element.dataset.attribution || ''
        }).addTo(map);
        map.setView([50.5, 2.55], 10);

        fetch(element.dataset.geojsonUrl, { headers: { 'Accept': 'application/geo+json' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (collection) {
                var layer = L.geoJSON(collection, {
                    style: { color: '#0b4f8a', weight: 1.5, fillColor: '#3d7cc9', fillOpacity: 0.15 },
                    onEachFeature: function (feature, shape) {
                        var p = feature.properties || {};
                        shape.bindTooltip(p.name + ' (' + p.code + ')', { sticky: true });
                    }
                }).addTo(map);
                if (layer.getLayers().length > 0) {
                    map.fitBounds(layer.getBounds(), { padding: [10, 10] });
                }
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
