package fr.ambassade.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.shared.RefusedChange;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The photo check by content, the limits, and the re-encoding that drops the metadata and keeps the photo upright. */
class PhotoCheckTest {

    static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void aJpegIsReencodedAtTwoSizesWithoutItsExif() throws IOException {
        byte[] original = TestImages.jpegWithExif(TestImages.jpeg(2000, 1000), 1);
        assertThat(TestImages.hasExif(original)).isTrue();
        assertThat(ExifOrientation.of(original)).isEqualTo(1);

        PhotoCheck.CheckedPhoto photo = PhotoCheck.check(original);

        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.display().width()).isEqualTo(1600);
        assertThat(photo.display().height()).isEqualTo(800);
        assertThat(photo.thumbnail().width()).isEqualTo(320);
        assertThat(photo.thumbnail().height()).isEqualTo(160);
        for (byte[] stored :
                new byte[][] {photo.display().content(), photo.thumbnail().content()}) {
            assertThat(TestImages.hasExif(stored)).isFalse();
            assertThat(stored[0] & 0xff).isEqualTo(0xff);
            assertThat(stored[1] & 0xff).isEqualTo(0xd8);
        }
        BufferedImage display = read(photo.display().content());
        assertThat(display.getWidth()).isEqualTo(1600);
        // left red, right blue: not turned
        assertThat(new java.awt.Color(display.getRGB(100, 400)).getRed()).isGreaterThan(200);
        assertThat(new java.awt.Color(display.getRGB(1500, 400)).getBlue()).isGreaterThan(200);
    }

    @Test
    void theExifOrientationIsAppliedToThePixels() throws IOException {
        // orientation 6: the camera held upright, the image stored lying; it must be turned 90° clockwise
        byte[] original = TestImages.jpegWithExif(TestImages.jpeg(400, 200), 6);
        assertThat(ExifOrientation.of(original)).isEqualTo(6);

        PhotoCheck.CheckedPhoto photo = PhotoCheck.check(original);

        assertThat(photo.display().width()).isEqualTo(200);
        assertThat(photo.display().height()).isEqualTo(400);
        BufferedImage display = read(photo.display().content());
        // turned clockwise, the left (red) half is now at the top, the right (blue) half at the bottom
        assertThat(new java.awt.Color(display.getRGB(100, 50)).getRed()).isGreaterThan(200);
        assertThat(new java.awt.Color(display.getRGB(100, 350)).getBlue()).isGreaterThan(200);
    }

    @Test
    void aSmallPngStaysAPngAtItsSizeWithItsTransparency() throws IOException {
        PhotoCheck.CheckedPhoto photo = PhotoCheck.check(TestImages.png(300, 200));

        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.extension()).isEqualTo("png");
        assertThat(photo.display().width()).isEqualTo(300);
        assertThat(photo.display().height()).isEqualTo(200);
        assertThat(photo.thumbnail().width()).isEqualTo(300);
        BufferedImage display = read(photo.display().content());
        assertThat(display.getColorModel().hasAlpha()).isTrue();
        assertThat(display.getRGB(10, 10) >>> 24).isZero();
    }

    @Test
    void aTextFileNamedLikeAPhotoIsRefused() {
        assertRefused("Bonjour, je suis un texte.".getBytes(StandardCharsets.UTF_8), "selection.photo.error.notImage");
        // the magic bytes of a JPEG followed by nothing that decodes
        assertRefused(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 'h', 'i'}, "selection.photo.error.notImage");
        assertRefused(new byte[0], "selection.photo.error.empty");
    }

    @Test
    void aTruncatedPhotoIsRefused() {
        assertRefused(TestImages.truncated(TestImages.jpeg(800, 600), 0.6), "selection.photo.error.notImage");
        assertRefused(TestImages.truncated(TestImages.png(800, 600), 0.6), "selection.photo.error.notImage");
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderWithTheFigures() {
        RefusedChange refused =
                assertRefused(TestImages.pngHeaderClaiming(10_000, 5_000), "selection.photo.error.tooManyPixels");
        assertThat(refused.args()).containsExactly("10000", "5000", 50.0, "40");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSize() {
        RefusedChange refused =
                assertRefused(new byte[(int) PhotoCheck.MAX_BYTES + 1], "selection.photo.error.tooLarge");
        assertThat(refused.args()[1]).isEqualTo(8L);
    }

    static RefusedChange assertRefused(byte[] content, String key) {
        RefusedChange[] caught = new RefusedChange[1];
        assertThatThrownBy(() -> PhotoCheck.check(content)).isInstanceOfSatisfying(RefusedChange.class, e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.messageKey()).isEqualTo(key);
            caught[0] = e;
        });
        return caught[0];
    }
}
