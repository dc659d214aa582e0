package fr.ambassade.settings;

/** The destination's public contact details; any may be empty. */
public record Contact(String email, String phone, String address, String website) {

    public Contact {
        email = blankToNull(email);
        phone = blankToNull(phone);
        address = blankToNull(address);
        website = blankToNull(website);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
