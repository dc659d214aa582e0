package fr.ambassade.selection.domain;

import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo of an application: what describes its two files (display size and thumbnail, in the data directory, see
 * {@link PhotoFiles}). The alternative text is mandatory: staff read the file with a screen reader too.
 */
@Entity
@Table(name = "application_photo")
class ApplicationPhoto {

    static final int ALT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "alt_text")
    private String altText;

    @Column(name = "content_type")
    private String contentType;

    private int width;
    private int height;
    private long bytes;

    @Column(name = "thumb_width")
    private int thumbWidth;

    @Column(name = "thumb_height")
    private int thumbHeight;

    @Column(name = "thumb_bytes")
    private long thumbBytes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by_account_id")
    private Long createdByAccountId;

    protected ApplicationPhoto() {}

    ApplicationPhoto(long applicationId, String altText, PhotoCheck.CheckedPhoto photo, Long by, Instant now) {
        this.applicationId = applicationId;
        this.altText = requireAlt(altText);
        this.contentType = photo.contentType();
        this.width = photo.display().width();
        this.height = photo.display().height();
        this.bytes = photo.display().content().length;
        this.thumbWidth = photo.thumbnail().width();
        this.thumbHeight = photo.thumbnail().height();
        this.thumbBytes = photo.thumbnail().content().length;
        this.createdByAccountId = by;
        this.createdAt = now;
    }

    /** The alternative text, stripped; refused (field {@code altText}) when blank or too long. */
    static String requireAlt(String altText) {
        if (altText == null || altText.isBlank()) {
            throw RefusedChange.onField("altText", "selection.photo.error.altMissing");
        }
        String alt = altText.strip();
        if (alt.length() > ALT_MAX) {
            throw RefusedChange.onField("altText", "selection.error.tooLong", ALT_MAX);
        }
        return alt;
    }

    PhotoView view() {
        return new PhotoView(
                id, applicationId, altText, contentType, width, height, bytes, thumbWidth, thumbHeight, createdAt);
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    String getContentType() {
        return contentType;
    }

    String extension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }
}
