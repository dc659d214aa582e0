package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.Commands;

/** The evaluator's declaration: a conflict of interest (true) or none (false), with an optional note. */
public class DeclarationForm {

    private Boolean conflict;
    private String note;

    public Boolean getConflict() {
        return conflict;
    }

    public void setConflict(Boolean conflict) {
        this.conflict = conflict;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    Commands.ConflictDeclaration toCommand(long visitId) {
        return new Commands.ConflictDeclaration(visitId, Boolean.TRUE.equals(conflict), StepForm.blankToNull(note));
    }
}
