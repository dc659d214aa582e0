package fr.ambassade.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signature of one charter version: the text as shown (its SHA-256), its language, who signed and when. */
@Entity
@Table(name = "membership_charter_signature")
class CharterSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "charter_version")
    private int charterVersion;

    private String language;

    @Column(name = "text_sha256")
    private String textSha256;

    @Column(name = "signer_account_id")
    private Long signerAccountId;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected CharterSignature() {}

    CharterSignature(
            int charterVersion,
            String language,
            String textSha256,
            Long signerAccountId,
            String signerName,
            Instant signedAt) {
        this.charterVersion = charterVersion;
        this.language = language;
        this.textSha256 = textSha256;
        this.signerAccountId = signerAccountId;
        this.signerName = signerName;
        this.signedAt = signedAt;
    }

    int charterVersion() {
        return charterVersion;
    }

    String language() {
        return language;
    }

    String textSha256() {
        return textSha256;
    }

    Long signerAccountId() {
        return signerAccountId;
    }

    String signerName() {
        return signerName;
    }

    Instant signedAt() {
        return signedAt;
    }
}
