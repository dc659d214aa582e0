package fr.ambassade.settings.web;

import fr.ambassade.settings.Grid;
import fr.ambassade.settings.GridCriterion;
import fr.ambassade.settings.domain.CriterionDraft;
import fr.ambassade.shared.MultilingualText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * The whole grid as rows; saving writes a new version. Rows left blank (the spare ones at the end) are
 * ignored, a row marked "remove" is dropped, and rows are ordered by their position field.
 */
public class GridForm {

    static final int SPARE_ROWS = 3;

    private int basedOnVersion;
    private List<Row> criteria = new ArrayList<>();

    static GridForm from(Grid grid) {
        GridForm f = new GridForm();
        f.basedOnVersion = grid.version();
        int position = 1;
        for (GridCriterion c : grid.criteria()) {
            Row r = new Row();
            r.position = position++;
            r.valueCode = c.valueCode();
            r.label = MultilingualText.Form.of(c.label());
            r.weight = c.weight().stripTrailingZeros();
            if (r.weight.scale() < 0) {
                r.weight = r.weight.setScale(0);
            }
            r.mandatory = c.mandatory();
            f.criteria.add(r);
        }
        f.addSpareRows();
        return f;
    }

    void addSpareRows() {
        int next = criteria.size() + 1;
        for (int i = 0; i < SPARE_ROWS; i++) {
            Row r = new Row();
            r.position = next++;
            criteria.add(r);
        }
    }

    /** Checks the kept rows, rejecting fields beside the row they belong to; returns the drafts in order. */
    List<CriterionDraft> toDrafts(BindingResult result, List<String> valueCodes) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Row r = criteria.get(i);
            if (r.remove || r.isBlank()) {
                continue;
            }
            String p = "criteria[" + i + "].";
            if (r.label.get("fr") == null || r.label.get("fr").isBlank()) {
                result.rejectValue(p + "label.fr", "settings.error.required");
            }
            if (r.weight == null && !result.hasFieldErrors(p + "weight")) {
                result.rejectValue(p + "weight", "settings.error.weight");
            } else if (r.weight != null && r.weight.signum() <= 0) {
                result.rejectValue(p + "weight", "settings.error.weight");
            } else if (r.weight != null && r.weight.compareTo(new BigDecimal("1000")) >= 0) {
                result.rejectValue(p + "weight", "settings.error.weight");
            }
            if (r.valueCode == null || !valueCodes.contains(r.valueCode)) {
                result.rejectValue(p + "valueCode", "settings.error.valueCode");
            }
            kept.add(i);
        }
        if (kept.isEmpty()) {
            result.reject("settings.error.grid.empty");
        }
        kept.sort(Comparator.comparing(
                        (Integer i) -> criteria.get(i).position == null ? Integer.MAX_VALUE : criteria.get(i).position)
                .thenComparing(i -> i));
        return kept.stream()
                .map(i -> criteria.get(i))
                .map(r -> new CriterionDraft(r.valueCode, r.label.toText(), r.weight, r.mandatory))
                .toList();
    }

    public int getBasedOnVersion() {
        return basedOnVersion;
    }

    public void setBasedOnVersion(int basedOnVersion) {
        this.basedOnVersion = basedOnVersion;
    }

    public List<Row> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<Row> criteria) {
        this.criteria = criteria;
    }

    /** One criterion row. */
    public static class Row {
        private Integer position;
        private String valueCode;
        private MultilingualText.Form label = new MultilingualText.Form();
        private BigDecimal weight;
        private boolean mandatory;
        private boolean remove;

        boolean isBlank() {
            return label.isBlank() && weight == null && !mandatory;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public String getValueCode() {
            return valueCode;
        }

        public void setValueCode(String valueCode) {
            this.valueCode = valueCode;
        }

        public MultilingualText.Form getLabel() {
            return label;
        }

        public void setLabel(MultilingualText.Form label) {
            this.label = label;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }
}
