package fr.ambassade.territory.domain;

import java.util.List;

/** Planar centroids of lon/lat rings; good enough at the scale of a commune. */
public final class Centroids {

    private Centroids() {}

    /**
     * The area-weighted centroid [lon, lat] of the given outer rings (holes ignored; each ring weighs its
     * absolute area, whatever its orientation); the average of the vertices when the rings have no area.
     */
    public static double[] ofOuterRings(List<List<double[]>> rings) {
        double totalArea = 0;
        double cx = 0;
        double cy = 0;
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (List<double[]> ring : rings) {
            double twiceArea = 0;
            double rx = 0;
            double ry = 0;
            for (int i = 0; i < ring.size() - 1; i++) {
                double[] a = ring.get(i);
                double[] b = ring.get(i + 1);
                double cross = a[0] * b[1] - b[0] * a[1];
                twiceArea += cross;
                rx += (a[0] + b[0]) * cross;
                ry += (a[1] + b[1]) * cross;
                sumX += a[0];
                sumY += a[1];
                count++;
            }
            if (Math.abs(twiceArea) > 1e-15) {
                double weight = Math.abs(twiceArea) / 2;
                cx += rx / (3 * twiceArea) * weight;
                cy += ry / (3 * twiceArea) * weight;
                totalArea += weight;
            }
        }
        if (totalArea == 0) {
            return new double[] {sumX / count, sumY / count};
        }
        return new double[] {cx / totalArea, cy / totalArea};
    }
}
