package fr.ambassade.membership.domain;

import fr.ambassade.membership.CommitmentKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A membership's page: its line, its history, its signatures and its commitments per year. */
public record MembershipDetails(
        MembershipRow row,
        int currentCharterVersion,
        List<HistoryLine> history,
        List<SignatureLine> signatures,
        Map<Integer, Set<CommitmentKind>> commitmentsByYear,
        long version) {

    /** @param by the account's display name, or null when no user acted (a process) */
    public record HistoryLine(Instant at, String kind, String by, String reason, String detail) {}

    public record SignatureLine(
            int charterVersion, String language, String textSha256, String signerName, Instant signedAt) {}
}
