package fr.ambassade.providers.domain;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.shared.NotFoundException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Providers} facade, internal to the module (the shape of every facade: see docs/architecture.md). */
@Service
class ProvidersFacade implements Providers {

    private final ProviderRepository providers;
    private final AuditLog audit;
    private final ProviderEvents events;

    ProvidersFacade(ProviderRepository providers, AuditLog audit, ProviderEvents events) {
        this.providers = providers;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProviderSummary> byId(long id) {
        return providers.findById(id).map(this::survivor).map(ProvidersFacade::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProviderSummary> byIds(Collection<Long> ids) {
        Map<Long, ProviderSummary> out = new LinkedHashMap<>();
        for (Provider p : providers.findAllById(ids)) {
            Provider s = survivor(p);
            out.putIfAbsent(s.getId(), summary(s));
        }
        return List.copyOf(out.values());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> communeCodesOf(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] row : providers.communeCodesOf(ids)) {
            out.put((Long) row[0], (String) row[1]);
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsWithNetworkStatus(NetworkStatus status) {
        return providers.idsWithNetworkStatus(status);
    }

    @Override
    @Transactional
    public void changeNetworkStatus(long id, NetworkStatus status, String reason) {
        Provider p = survivor(providers.findById(id).orElseThrow(() -> new NotFoundException("No provider " + id)));
        NetworkStatus before = p.getNetworkStatus();
        if (before == status) {
            return;
        }
        p.changeNetworkStatus(status);
        audit.record(AuditRecord.of(ProviderService.AUDIT_TYPE, p.getId(), "NETWORK_STATUS_CHANGED")
                .because(reason)
                .change("networkStatus", before, status)
                .forEstablishment(p.getId()));
        events.networkStatusChanged(p.getId(), before, status);
    }

    private Provider survivor(Provider p) {
        return providers.survivorOf(p);
    }

    static ProviderSummary summary(Provider p) {
        return new ProviderSummary(
                p.getId(),
                p.getName(),
                p.getCategory(),
                p.getSubtype(),
                p.getCommuneCode(),
                p.getCommuneName(),
                p.getLatitude(),
                p.getLongitude(),
                p.getEmail(),
                p.getPhone(),
                p.getWebsite(),
                p.getNetworkStatus(),
                p.isOutsideTerritory(),
                p.isDemo());
    }
}
