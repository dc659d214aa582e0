package fr.ambassade.selection.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in the tests: JPEG and PNG drawn with ImageIO, a JPEG with an EXIF segment, headers that lie. */
public final class TestImages {

    /** The camera model written in the EXIF segment of {@link #jpegWithExif}: it must never be found in a stored file. */
    public static final String CAMERA = "SecretCam GPS-50.4567N";

    private TestImages() {}

    /** A JPEG of this size: left half red, right half blue (so that a rotation can be seen). */
    public static byte[] jpeg(int width, int height) {
        return write(drawn(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG of this size, with a transparent band at the top. */
    public static byte[] png(int width, int height) {
        BufferedImage image = drawn(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < Math.max(1, height / 4); y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0x00000000);
            }
        }
        return write(image, "png");
    }

    private static BufferedImage drawn(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JPEG with an APP1 "Exif" segment after its APP0 (JFIF): a TIFF (big-endian) whose first IFD holds the camera
     * model {@link #CAMERA} (tag 0x0110) and the orientation (tag 0x0112).
     */
    public static byte[] jpegWithExif(byte[] jpeg, int orientation) {
        byte[] model = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + model.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0110).putShort((short) 2).putInt(model.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0);
        tiff.put(model);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int payload = exif.length + tiff.capacity();
        ByteBuffer segment = ByteBuffer.allocate(4 + payload);
        segment.put((byte) 0xff)
                .put((byte) 0xe1)
                .putShort((short) (payload + 2))
                .put(exif)
                .put(tiff.array());
        // after SOI (2 bytes) and the APP0 segment that ImageIO writes first
        int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
        int at = 2 + 2 + app0Length;
        byte[] out = new byte[jpeg.length + segment.capacity()];
        System.arraycopy(jpeg, 0, out, 0, at);
        System.arraycopy(segment.array(), 0, out, at, segment.capacity());
        System.arraycopy(jpeg, at, out, at + segment.capacity(), jpeg.length - at);
        return out;
    }

    /** The first {@code fraction} of the file (a photo cut short by a failed transfer). */
    public static byte[] truncated(byte[] image, double fraction) {
        return Arrays.copyOf(image, (int) (image.length * fraction));
    }

    /**
     * A PNG whose header announces {@code width} × {@code height} pixels (RGB, 8 bits) with almost no pixel data: its
     * size must be refused from the header, before anything is decoded.
     */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Whether the bytes contain an APP1 "Exif" segment header or the camera model. */
    public static boolean hasExif(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        return text.contains("Exif\0") || text.contains(CAMERA);
    }
}
