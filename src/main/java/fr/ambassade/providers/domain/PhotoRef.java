package fr.ambassade.providers.domain;

import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A photo referenced by a source record (kept as a link, with its credit and licence). */
@Embeddable
public class PhotoRef {

    @Column(name = "url", nullable = false)
    private String url;

    @Column(name = "credit")
    private String credit;

    @Column(name = "licence")
    private String licence;

    @Column(name = "publicly_reusable", nullable = false)
    private boolean publiclyReusable;

    protected PhotoRef() {}

    public PhotoRef(String url, String credit, String licence, boolean publiclyReusable) {
        this.url = Websites.requireHttp(url);
        if (this.url == null) {
            throw RefusedChange.of("providers.error.photoUrl");
        }
        this.credit = credit;
        this.licence = licence;
        this.publiclyReusable = publiclyReusable;
    }

    public String getUrl() {
        return url;
    }

    public String getCredit() {
        return credit;
    }

    public String getLicence() {
        return licence;
    }

    public boolean isPubliclyReusable() {
        return publiclyReusable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhotoRef p
                && url.equals(p.url)
                && Objects.equals(credit, p.credit)
                && Objects.equals(licence, p.licence)
                && publiclyReusable == p.publiclyReusable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, credit, licence, publiclyReusable);
    }
}
