package fr.ambassade.providers.web;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ProviderQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** The list filters, as GET parameters (shareable links). Unknown values are ignored. */
public class ProviderSearchForm {

    private String q;
    private ProviderCategory category;
    private String commune;
    private String label;
    private NetworkStatus status;
    private ProviderQuery.Territory territory;
    private boolean noCoordinates;
    private ProviderQuery.Sort order;

    ProviderQuery toQuery() {
        return new ProviderQuery(q, category, commune, label, status, territory, noCoordinates, order);
    }

    /** The query string of these filters (without page), to build page, sort and export links. */
    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (q != null && !q.isBlank()) {
            b.queryParam("q", q);
        }
        if (category != null) {
            b.queryParam("category", category);
        }
        if (commune != null && !commune.isBlank()) {
            b.queryParam("commune", commune);
        }
        if (label != null && !label.isBlank()) {
            b.queryParam("label", label);
        }
        if (status != null) {
            b.queryParam("status", status);
        }
        if (territory != null) {
            b.queryParam("territory", territory);
        }
        if (noCoordinates) {
            b.queryParam("noCoordinates", true);
        }
        if (order != null) {
            b.queryParam("order", order);
        }
        String s = b.encode().build().getQuery();
        return s == null ? "" : s;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public ProviderCategory getCategory() {
        return category;
    }

    public void setCategory(ProviderCategory category) {
        this.category = category;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public NetworkStatus getStatus() {
        return status;
    }

    public void setStatus(NetworkStatus status) {
        this.status = status;
    }

    public ProviderQuery.Territory getTerritory() {
        return territory;
    }

    public void setTerritory(ProviderQuery.Territory territory) {
        this.territory = territory;
    }

    public boolean isNoCoordinates() {
        return noCoordinates;
    }

    public void setNoCoordinates(boolean noCoordinates) {
        this.noCoordinates = noCoordinates;
    }

    public ProviderQuery.Sort getOrder() {
        return order;
    }

    public void setOrder(ProviderQuery.Sort order) {
        this.order = order;
    }

    /** This query string with another order (for the sort links). */
    public String withOrder(ProviderQuery.Sort other) {
        ProviderQuery.Sort kept = order;
        order = other;
        String s = queryString();
        order = kept;
        return s;
    }
}
