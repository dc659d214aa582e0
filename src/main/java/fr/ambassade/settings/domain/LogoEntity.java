package fr.ambassade.settings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The logo, already checked and re-encoded (PNG/JPEG) or sanitised (SVG). */
@Entity
@Table(name = "destination_logo")
class LogoEntity {

    @Id
    private Short id;

    private byte[] content;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected LogoEntity() {}

    LogoEntity(CheckedLogo logo) {
        this.id = DestinationEntity.SINGLETON_ID;
        replace(logo);
    }

    void replace(CheckedLogo logo) {
        this.content = logo.content();
        this.mediaType = logo.mediaType();
        this.updatedAt = Instant.now();
    }

    byte[] content() {
        return content;
    }

    String mediaType() {
        return mediaType;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
