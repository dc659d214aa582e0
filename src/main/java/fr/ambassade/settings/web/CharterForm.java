package fr.ambassade.settings.web;

import fr.ambassade.settings.Charter;
import fr.ambassade.shared.MultilingualText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.validation.BindingResult;

/** The whole charter as rows; saving writes a new version. Blank rows are ignored. */
public class CharterForm {

    static final int SPARE_ROWS = 2;

    private int basedOnVersion;
    private List<Row> commitments = new ArrayList<>();

    static CharterForm from(Charter charter) {
        CharterForm f = new CharterForm();
        f.basedOnVersion = charter.version();
        int position = 1;
        for (MultilingualText t : charter.commitments()) {
            Row r = new Row();
            r.position = position++;
            r.fr = t.fr();
            r.en = t.en();
            r.nl = t.nl();
            f.commitments.add(r);
        }
        f.addSpareRows();
        return f;
    }

    void addSpareRows() {
        int next = commitments.size() + 1;
        for (int i = 0; i < SPARE_ROWS; i++) {
            Row r = new Row();
            r.position = next++;
            commitments.add(r);
        }
    }

    List<MultilingualText> toCommitments(BindingResult result) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < commitments.size(); i++) {
            Row r = commitments.get(i);
            if (r.remove || r.isBlank()) {
                continue;
            }
            if (r.fr == null || r.fr.isBlank()) {
                result.rejectValue("commitments[" + i + "].fr", "settings.error.required");
            } else if (r.fr.length() > 1000
                    || (r.en != null && r.en.length() > 1000)
                    || (r.nl != null && r.nl.length() > 1000)) {
                result.rejectValue("commitments[" + i + "].fr", "settings.error.tooLong");
            }
            kept.add(i);
        }
        if (kept.isEmpty()) {
            result.reject("settings.error.charter.empty");
        }
        kept.sort(Comparator.comparing((Integer i) ->
                        commitments.get(i).position == null ? Integer.MAX_VALUE : commitments.get(i).position)
                .thenComparing(i -> i));
        return kept.stream()
                .map(commitments::get)
                .map(r -> MultilingualText.of(r.fr, r.en, r.nl))
                .toList();
    }

    public int getBasedOnVersion() {
        return basedOnVersion;
    }

    public void setBasedOnVersion(int basedOnVersion) {
        this.basedOnVersion = basedOnVersion;
    }

    public List<Row> getCommitments() {
        return commitments;
    }

    public void setCommitments(List<Row> commitments) {
        this.commitments = commitments;
    }

    /** One commitment row. */
    public static class Row {
        private Integer position;
        private String fr;
        private String en;
        private String nl;
        private boolean remove;

        boolean isBlank() {
            return (fr == null || fr.isBlank()) && (en == null || en.isBlank()) && (nl == null || nl.isBlank());
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public String getFr() {
            return fr;
        }

        public void setFr(String fr) {
            this.fr = fr;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public String getNl() {
            return nl;
        }

        public void setNl(String nl) {
            this.nl = nl;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }
}
