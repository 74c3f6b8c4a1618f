package org.govex.schemas.code;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry literals of place records: WKT, optionally prefixed by a CRS IRI as in a GeoSPARQL
 * {@code wktLiteral} ({@code <http://www.opengis.net/def/crs/EPSG/0/4490> POLYGON((...))}), or a
 * GeoJSON geometry object (RFC 7946, always WGS 84). Accepted CRSs: EPSG:4490 (CGCS2000),
 * EPSG:4326 and OGC CRS84; coordinates are read as longitude, latitude.
 */
public final class Geometries {

    public static final String SYNTAX = "syntax";
    public static final String CRS = "crs";
    public static final String COORDINATE_RANGE = "coordinateRange";
    public static final String NOT_CLOSED = "notClosed";
    public static final String INVALID = "invalid";

    public static final String CRS_CGCS2000 = "http://www.opengis.net/def/crs/EPSG/0/4490";
    public static final String CRS_WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    public static final String CRS_84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);
    private static final ObjectMapper JSON = new JsonMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());
    private static final double EARTH_RADIUS = 6_371_008.8;

    /** A parsed literal: the geometry and the CRS IRI, or the failure kind. */
    public record Parsed(Geometry geometry, String crs, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    private Geometries() {
    }

    public static boolean isGeoJson(String literal) {
        return literal != null && !literal.isEmpty() && literal.trim().startsWith("{");
    }

    /** The last literal parsed on this thread: the field constraint and the area rule parse the same string. */
    private static final ThreadLocal<Parsed[]> LAST = ThreadLocal.withInitial(() -> new Parsed[1]);
    private static final ThreadLocal<String[]> LAST_LITERAL = ThreadLocal.withInitial(() -> new String[1]);

    /** Parses and checks the literal: syntax, CRS, closed rings, coordinate ranges, validity. */
    public static Parsed parse(String literal) {
        String[] lastLiteral = LAST_LITERAL.get();
        Parsed[] last = LAST.get();
        if (literal != null && literal == lastLiteral[0]) {
            return last[0];
        }
        Parsed p = parseUncached(literal);
        lastLiteral[0] = literal;
        last[0] = p;
        return p;
    }

    private static Parsed parseUncached(String literal) {
        if (literal == null || literal.isBlank()) {
            return new Parsed(null, null, SYNTAX);
        }
        String text = literal.trim();
        String crs = CRS_84;
        Geometry g;
        try {
            if (text.startsWith("{")) {
                g = fromGeoJson(JSON.readTree(text));
            } else {
                if (text.startsWith("<")) {
                    int end = text.indexOf('>');
                    if (end < 0) {
                        return new Parsed(null, null, SYNTAX);
                    }
                    crs = text.substring(1, end);
                    text = text.substring(end + 1).trim();
                    if (!crs.equals(CRS_CGCS2000) && !crs.equals(CRS_WGS84) && !crs.equals(CRS_84)) {
                        return new Parsed(null, crs, CRS);
                    }
                }
                g = new WKTReader(FACTORY).read(text);
            }
        } catch (IllegalArgumentException e) {
            // JTS refuses rings whose first and last points differ
            String m = String.valueOf(e.getMessage()).toLowerCase();
            return new Parsed(null, crs, m.contains("closed") ? NOT_CLOSED : SYNTAX);
        } catch (ParseException | java.io.IOException | RuntimeException e) {
            return new Parsed(null, crs, SYNTAX);
        }
        if (g == null || g.isEmpty()) {
            return new Parsed(g, crs, SYNTAX);
        }
        for (Coordinate c : g.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                return new Parsed(g, crs, COORDINATE_RANGE);
            }
        }
        if (!IsValidOp.isValid(g)) {
            return new Parsed(g, crs, INVALID);
        }
        return new Parsed(g, crs, null);
    }

    /** Approximate area in square metres of a longitude/latitude geometry (local equal-area projection). */
    public static double areaSquareMetres(Geometry g) {
        if (!(g instanceof Polygonal)) {
            return 0;
        }
        double lat0 = Math.toRadians(g.getEnvelopeInternal().centre().y);
        double kx = Math.toRadians(1) * EARTH_RADIUS * Math.cos(lat0);
        double ky = Math.toRadians(1) * EARTH_RADIUS;
        Geometry projected = g.copy();
        projected.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.x = c.x * kx;
            c.y = c.y * ky;
        });
        projected.geometryChanged();
        return projected.getArea();
    }

    private static Geometry fromGeoJson(JsonNode n) {
        String type = n.path("type").asText();
        JsonNode c = n.path("coordinates");
        return switch (type) {
            case "Point" -> FACTORY.createPoint(coord(c));
            case "LineString" -> FACTORY.createLineString(coords(c));
            case "Polygon" -> polygon(c);
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(coords(c));
            case "MultiLineString" -> {
                List<org.locationtech.jts.geom.LineString> parts = new ArrayList<>();
                c.forEach(p -> parts.add(FACTORY.createLineString(coords(p))));
                yield FACTORY.createMultiLineString(parts.toArray(new org.locationtech.jts.geom.LineString[0]));
            }
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                c.forEach(p -> parts.add(polygon(p)));
                yield FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
            }
            case "GeometryCollection" -> {
                List<Geometry> parts = new ArrayList<>();
                n.path("geometries").forEach(p -> parts.add(fromGeoJson(p)));
                yield FACTORY.createGeometryCollection(parts.toArray(new Geometry[0]));
            }
            default -> throw new IllegalStateException("not a GeoJSON geometry type: " + type);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalStateException("polygon without rings");
        }
        LinearRing shell = FACTORY.createLinearRing(coords(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(coords(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static Coordinate[] coords(JsonNode arr) {
        if (!arr.isArray()) {
            throw new IllegalStateException("coordinates must be an array");
        }
        Coordinate[] out = new Coordinate[arr.size()];
        for (int i = 0; i < arr.size(); i++) {
            out[i] = coord(arr.get(i));
        }
        return out;
    }

    private static Coordinate coord(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalStateException("a position is an array of two or three numbers");
        }
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
}
