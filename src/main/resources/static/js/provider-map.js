// Map of one provider's location on its back-office page. The page works without it (coordinates are shown as text).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('provider-map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var lat = parseFloat(el.dataset.lat);
  var lon = parseFloat(el.dataset.lon);
  if (isNaN(lat) || isNaN(lon)) {
    return;
  }
  var map = L.map(el, { scrollWheelZoom: false }).setView([lat, lon], 15);
  L.tileLayer(el.dataset.tiles, {
    maxZoom: 19,
    attribution: '&copy; OpenStreetMap'
  }).addTo(map);
  L.marker([lat, lon], { title: el.dataset.name, alt: el.dataset.name, keyboard: false }).addTo(map);
});
