package fr.ambassade.settings.domain;

import fr.ambassade.shared.RefusedChange;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded logo by its content, never its name or declared type: PNG and JPEG are recognised by
 * their magic bytes, must decode, are size-limited and re-encoded (which drops metadata such as EXIF and
 * anything appended to the file); SVG is accepted only through {@link SvgSanitizer}.
 */
public final class LogoCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PIXELS_PER_SIDE = 4000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private LogoCheck() {}

    public static CheckedLogo check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RefusedChange("logo", "settings.error.logo.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedChange("logo", "settings.error.logo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, PNG)) {
            return new CheckedLogo(reencode(content, "png"), "image/png");
        }
        if (startsWith(content, JPEG)) {
            return new CheckedLogo(reencode(content, "jpeg"), "image/jpeg");
        }
        if (looksLikeSvg(content)) {
            return new CheckedLogo(SvgSanitizer.sanitize(content), "image/svg+xml");
        }
        throw new RefusedChange("logo", "settings.error.logo.notImage");
    }

    private static boolean looksLikeSvg(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        return head.contains("<svg");
    }

    private static byte[] reencode(byte[] content, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new RefusedChange("logo", "settings.error.logo.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // refuse decompression bombs before decoding the pixels
                if (reader.getWidth(0) > MAX_PIXELS_PER_SIDE || reader.getHeight(0) > MAX_PIXELS_PER_SIDE) {
                    throw new RefusedChange("logo", "settings.error.logo.dimensions", MAX_PIXELS_PER_SIDE);
                }
                BufferedImage image = reader.read(0);
                return write(image, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedChange se) {
                throw se;
            }
            throw new RefusedChange("logo", "settings.error.logo.notImage");
        }
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        BufferedImage out = image;
        if (format.equals("jpeg") && image.getColorModel().hasAlpha()) {
            out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            out.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(out, format, bytes)) {
            throw new RefusedChange("logo", "settings.error.logo.notImage");
        }
        return bytes.toByteArray();
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
