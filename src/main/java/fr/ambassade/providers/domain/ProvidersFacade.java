package fr.ambassade.providers.domain;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.NewEstablishment;
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
    private final ProviderService service;

    ProvidersFacade(ProviderRepository providers, AuditLog audit, ProviderEvents events, ProviderService service) {
        this.providers = providers;
        this.audit = audit;
        this.events = events;
        this.service = service;
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
    @Transactional(readOnly = true)
    public List<ProviderSummary> candidatesByName(String name, String communeCode, int limit) {
        if (name == null || name.isBlank() || communeCode == null || communeCode.isBlank()) {
            return List.of();
        }
        String text = java.text.Normalizer.normalize(
                        name.strip().toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return providers
                .findByNameLikeInCommune("%" + text + "%", communeCode.strip(), Math.max(1, Math.min(limit, 50)))
                .stream()
                .map(ProvidersFacade::summary)
                .toList();
    }

    @Override
    @Transactional
    public ProviderSummary createForCandidate(NewEstablishment e, String reason) {
        ProviderDetails details = new ProviderDetails(
                e.name(),
                e.category(),
                null,
                e.communeCode(),
                e.communeName(),
                e.street(),
                e.postalCode(),
                e.communeName(),
                null,
                null,
                e.phone(),
                e.email(),
                e.website(),
                List.of(),
                List.of(),
                null,
                Map.of(),
                null,
                false);
        ProviderView created = service.create(details, List.of(), List.of(), reason);
        return summary(providers.findById(created.id()).orElseThrow());
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
