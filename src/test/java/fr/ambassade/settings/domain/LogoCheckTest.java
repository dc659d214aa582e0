package fr.ambassade.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.shared.RefusedChange;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoCheckTest {

    static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0x8a1538);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> LogoCheck.check(content))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void acceptsAndReencodesPngAndJpeg() throws IOException {
        byte[] png = image("png", 20, 10);
        // bytes appended after the image (a polyglot file) do not survive re-encoding
        byte[] polyglot = Arrays.copyOf(png, png.length + 20);
        System.arraycopy("<script>x</script>".getBytes(StandardCharsets.US_ASCII), 0, polyglot, png.length, 18);
        CheckedLogo logo = LogoCheck.check(polyglot);
        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(new String(logo.content(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
        assertThat(ImageIO.read(new ByteArrayInputStream(logo.content())).getWidth())
                .isEqualTo(20);

        assertThat(LogoCheck.check(image("jpeg", 8, 8)).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesAPngThatIsReallyText() {
        assertRefused(
                "this is not an image, whatever its name says".getBytes(StandardCharsets.UTF_8),
                "settings.error.logo.notImage");
    }

    @Test
    void refusesAFileWithPngMagicBytesThatDoesNotDecode() {
        byte[] fake = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 4, 5};
        assertRefused(fake, "settings.error.logo.notImage");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertRefused(new byte[0], "settings.error.logo.empty");
        byte[] big = new byte[LogoCheck.MAX_BYTES + 1];
        big[0] = (byte) 0x89;
        assertRefused(big, "settings.error.logo.tooLarge");
    }

    @Test
    void refusesHugeDimensionsBeforeDecoding() throws IOException {
        assertRefused(image("png", LogoCheck.MAX_PIXELS_PER_SIDE + 1, 1), "settings.error.logo.dimensions");
    }

    @Test
    void sendsSvgThroughTheSanitizer() {
        CheckedLogo logo =
                LogoCheck.check("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(logo.mediaType()).isEqualTo("image/svg+xml");
        assertRefused(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8),
                "settings.error.logo.svgScript");
    }
}
