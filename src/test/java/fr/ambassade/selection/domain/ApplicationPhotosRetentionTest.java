package fr.ambassade.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The retention of personal data erases the photos of a declined or withdrawn file too: their rows and their files;
 * the photos of a file still open stay.
 */
@IntegrationTest
class ApplicationPhotosRetentionTest {

    @Autowired
    SelectionFixture f;

    @Autowired
    ApplicationPhotos photos;

    @Autowired
    PhotoFiles files;

    @Autowired
    PersonalDataRetention retention;

    long photoCount(long applicationId) {
        return f.jdbc.queryForObject(
                "select count(*) from application_photo where application_id = ?", Long.class, applicationId);
    }

    @Test
    void thePhotosOfAWithdrawnFileAreErasedAfterTheRetentionPeriod() {
        long provider = f.provider("Photos effacées");
        SelectionFixture.Who candidate = f.candidate(Locale.FRENCH, provider);
        ApplicationView draft = f.draft(candidate, provider);
        PhotoView jpeg = f.as(candidate, () -> photos.add(draft.id(), "Le salon", TestImages.jpeg(300, 200)));
        PhotoView png = f.as(candidate, () -> photos.add(draft.id(), "Le jardin", TestImages.png(300, 200)));
        Path jpegDisplay = files.path(draft.id(), jpeg.id(), PhotoFiles.Variant.DISPLAY, "jpg");
        Path pngThumb = files.path(draft.id(), png.id(), PhotoFiles.Variant.THUMBNAIL, "png");
        assertThat(jpegDisplay).exists();
        assertThat(pngThumb).exists();

        long otherProvider = f.provider("Photos gardées");
        SelectionFixture.Who other = f.candidate(Locale.FRENCH, otherProvider);
        ApplicationView open = f.draft(other, otherProvider);
        PhotoView kept = f.as(other, () -> photos.add(open.id(), "La cour", TestImages.jpeg(120, 80)));

        ApplicationView current = f.applications.get(draft.id());
        f.as(
                candidate,
                () -> f.applications.withdraw(new Commands.Step(draft.id(), current.version(), "Pas cette année")));
        f.jdbc.update("update application set decided_at = now() - interval '37 months' where id = ?", draft.id());

        List<Long> erased = retention.eraseDecidedBefore(Instant.now().minus(Duration.ofDays(3 * 365)));

        assertThat(erased).contains(draft.id()).doesNotContain(open.id());
        assertThat(photoCount(draft.id())).isZero();
        assertThat(jpegDisplay).doesNotExist();
        assertThat(pngThumb).doesNotExist();
        assertThat(Files.exists(files.directoryOf(draft.id()))).isFalse();
        assertThat(f.audit(draft.id())).extracting(r -> r.get("action")).contains("PERSONAL_DATA_ERASED");

        assertThat(photoCount(open.id())).isEqualTo(1);
        assertThat(files.path(open.id(), kept.id(), PhotoFiles.Variant.DISPLAY, "jpg"))
                .exists();
    }
}
