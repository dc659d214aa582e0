package fr.ambassade.dashboard.web;

/** Filter of the dashboard's ambassadors list (GET parameters; unreadable values are ignored and named). */
public class AmbassadorFilter {

    private Integer cohort;
    private Boolean near;

    public Integer getCohort() {
        return cohort;
    }

    public void setCohort(Integer cohort) {
        this.cohort = cohort;
    }

    public Boolean getNear() {
        return near;
    }

    public void setNear(Boolean near) {
        this.near = near;
    }
}
