package fr.ambassade.territory.domain;

/**
 * One commune of a territory file, validated.
 *
 * @param position 1-based position of the feature in the file (for error messages)
 * @param code INSEE code
 * @param name name given in the file (the national list's name is kept)
 * @param geometryJson the Polygon or MultiPolygon, as GeoJSON text
 * @param lat centroid latitude
 * @param lon centroid longitude
 */
public record TerritoryFeature(int position, String code, String name, String geometryJson, double lat, double lon) {}
