package fr.ambassade.selection.domain;

import fr.ambassade.shared.RefusedChange;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks a photo of an application by its content, never its name or declared type, and re-encodes it.
 *
 * <ul>
 *   <li>JPEG or PNG only, recognised by their magic bytes; the file must then decode with ImageIO as that format,
 *       completely (a truncated file, which the JPEG decoder would fill with grey and a warning, is refused);
 *   <li>at most {@link #MAX_BYTES} and {@link #MAX_PIXELS} pixels, the dimensions read from the header before any
 *       pixel is decoded (a small file can announce a huge image);
 *   <li>the pixels are written again, as the same format, at two sizes: a display size whose longest side is at most
 *       {@link #DISPLAY_MAX} pixels and a thumbnail of at most {@link #THUMB_MAX} (never enlarged). Nothing of the
 *       original file is kept: its metadata (EXIF with the camera and the GPS position, comments, anything appended)
 *       is gone. The EXIF orientation of a JPEG is applied to the pixels first, so that the photo stays upright.
 * </ul>
 */
public final class PhotoCheck {

    public static final long MAX_BYTES = 8L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int DISPLAY_MAX = 1600;
    public static final int THUMB_MAX = 320;
    static final float JPEG_QUALITY = 0.85f;

    static final String FIELD = "file";
    static final String NOT_IMAGE = "selection.photo.error.notImage";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private PhotoCheck() {}

    /** One size of a checked photo: the encoded file and its dimensions. */
    public record Encoded(byte[] content, int width, int height) {}

    /** A photo that passed: its type and its two sizes. */
    public record CheckedPhoto(String contentType, Encoded display, Encoded thumbnail) {

        public String extension() {
            return contentType.equals("image/png") ? "png" : "jpg";
        }
    }

    /** The limit in megabytes, as messages show it. */
    public static long maxMegabytes() {
        return MAX_BYTES / (1024 * 1024);
    }

    /** Refused (field {@code file}) unless the content is a complete JPEG or PNG within the limits. */
    public static CheckedPhoto check(byte[] content) {
        if (content == null || content.length == 0) {
            throw RefusedChange.onField(FIELD, "selection.photo.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge(content.length);
        }
        String format;
        if (startsWith(content, PNG)) {
            format = "png";
        } else if (startsWith(content, JPEG)) {
            format = "jpeg";
        } else {
            throw RefusedChange.onField(FIELD, NOT_IMAGE);
        }
        BufferedImage decoded = decode(content, format);
        int orientation = format.equals("jpeg") ? ExifOrientation.of(content) : 1;
        boolean alpha = format.equals("png") && decoded.getColorModel().hasAlpha();
        BufferedImage display = ExifOrientation.apply(scaleToFit(decoded, DISPLAY_MAX, alpha), orientation);
        BufferedImage thumbnail = scaleToFit(display, THUMB_MAX, alpha);
        return new CheckedPhoto(
                format.equals("png") ? "image/png" : "image/jpeg", encode(display, format), encode(thumbnail, format));
    }

    /** The refusal of a file over {@link #MAX_BYTES}, with its size and the limit. */
    public static RefusedChange tooLarge(long bytes) {
        return RefusedChange.onField(
                FIELD, "selection.photo.error.tooLarge", bytes / (1024.0 * 1024.0), maxMegabytes());
    }

    private static BufferedImage decode(byte[] content, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw RefusedChange.onField(FIELD, NOT_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (width <= 0 || height <= 0) {
                    throw RefusedChange.onField(FIELD, NOT_IMAGE);
                }
                if (pixels > MAX_PIXELS) {
                    throw RefusedChange.onField(
                            FIELD,
                            "selection.photo.error.tooManyPixels",
                            String.valueOf(width),
                            String.valueOf(height),
                            pixels / 1_000_000.0,
                            String.valueOf(MAX_PIXELS / 1_000_000));
                }
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
                ImageReadParam param = reader.getDefaultReadParam();
                // a large photo is read every n-th pixel, still at least twice the display size, to bound memory
                int step = Math.max(1, Math.max(width, height) / (2 * DISPLAY_MAX));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (warned[0] || image == null) {
                    // the JPEG decoder completes a truncated file with grey and only warns
                    throw RefusedChange.onField(FIELD, NOT_IMAGE);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedChange refused) {
                throw refused;
            }
            throw RefusedChange.onField(FIELD, NOT_IMAGE);
        }
    }

    /**
     * The image at most {@code max} pixels on its longest side (never enlarged), as plain RGB (or ARGB for a PNG with
     * transparency): halved step by step with bilinear filtering, then brought to the exact size.
     */
    static BufferedImage scaleToFit(BufferedImage source, int max, boolean alpha) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) max / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = source;
        int w = width;
        int h = height;
        while (w / 2 >= targetWidth && h / 2 >= targetHeight) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, alpha);
        }
        if (current == source || w != targetWidth || h != targetHeight) {
            current = draw(current, targetWidth, targetHeight, alpha);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage out =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                // a transparent PNG area becomes white, as a viewer would show it on the page
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Encoded encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (format.equals("jpeg")) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                }
                // no metadata: nothing of the original file goes with the pixels
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not encode a photo", e);
        }
        return new Encoded(bytes.toByteArray(), image.getWidth(), image.getHeight());
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
