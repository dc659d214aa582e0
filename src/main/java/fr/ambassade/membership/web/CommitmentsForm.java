package fr.ambassade.membership.web;

import fr.ambassade.membership.CommitmentKind;
import java.util.EnumSet;
import java.util.Set;

/** The yearly commitments ticked for one year. */
public class CommitmentsForm {

    private int year;
    private Set<CommitmentKind> kept = EnumSet.noneOf(CommitmentKind.class);

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Set<CommitmentKind> getKept() {
        return kept;
    }

    public void setKept(Set<CommitmentKind> kept) {
        this.kept = kept == null ? EnumSet.noneOf(CommitmentKind.class) : kept;
    }
}
