package fr.ambassade.dashboard.web;

/** Filter of the dashboard's communes list: {@code covered=true|false}, every commune without it. */
public class CommuneFilter {

    private Boolean covered;

    public Boolean getCovered() {
        return covered;
    }

    public void setCovered(Boolean covered) {
        this.covered = covered;
    }
}
